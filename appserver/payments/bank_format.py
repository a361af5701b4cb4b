"""The bank withholding file formats (docs/bank-files.md): writing the request file and the
result file, and parsing the result file strictly, with every problem tied to its line.

Both files are GB18030 text, lines ending CRLF, fields separated by ``|``: a header line
(H), one detail line (D) per customer, a trailer line (T) with counts, totals and the
SHA-256 (lowercase hex) of every byte before the trailer line.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

ENCODING = "gb18030"
EOL = b"\r\n"
REQUEST_TAG = "PMIS-WH"
RESULT_TAG = "PMIS-WR"
VERSION = "1"
PAID, FAILED = "S", "F"
_AMOUNT_RE = re.compile(r"(0|[1-9][0-9]{0,11})\.[0-9]{2}")
_DAY_RE = re.compile(r"[0-9]{8}")
_NO_RE = re.compile(r"[1-9][0-9]{0,6}")


@dataclass(frozen=True)
class RequestLine:
    line_no: int
    customer_account: str
    bank_account: str
    account_name: str
    amount: Decimal


@dataclass(frozen=True)
class ResultLine:
    file_line: int  # where it is in the file (1 = header)
    line_no: int
    customer_account: str
    amount: Decimal
    status: str
    reason_code: str
    reason: str


@dataclass
class ResultFile:
    batch_no: str = ""
    bank_code: str = ""
    processed_on: date | None = None
    lines: list[ResultLine] = field(default_factory=list)
    checksum: str = ""
    header_count: int = -1
    # (file line, problem key, parameters): the whole file is refused if there is any
    problems: list[tuple[int, str, dict[str, object]]] = field(default_factory=list)


def _clean(text: str) -> str:
    """No field may carry the separator or a line break."""
    return text.replace("|", " ").replace("\r", " ").replace("\n", " ")


def _line(*fields: str) -> bytes:
    return "|".join(fields).encode(ENCODING) + EOL


def write_request(batch_no: str, bank_code: str, on: date, lines: list[RequestLine]) -> bytes:
    total = sum((line.amount for line in lines), Decimal("0.00"))
    body = _line("H", REQUEST_TAG, VERSION, batch_no, bank_code, f"{on:%Y%m%d}",
                 str(len(lines)), f"{total:.2f}")
    body += b"".join(_line("D", str(r.line_no), r.customer_account, r.bank_account,
                           _clean(r.account_name), f"{r.amount:.2f}") for r in lines)
    return body + _line("T", str(len(lines)), f"{total:.2f}", hashlib.sha256(body).hexdigest())


def write_result(batch_no: str, bank_code: str, on: date, lines: list[ResultLine]) -> bytes:
    """What a bank sends back (the tests and the demo tour play the bank with it)."""
    body = _line("H", RESULT_TAG, VERSION, batch_no, bank_code, f"{on:%Y%m%d}",
                 str(len(lines)))
    body += b"".join(_line("D", str(r.line_no), r.customer_account, f"{r.amount:.2f}",
                           r.status, r.reason_code, _clean(r.reason)) for r in lines)
    paid = [r.amount for r in lines if r.status == PAID]
    failed = [r.amount for r in lines if r.status == FAILED]
    return body + _line("T", str(len(lines)), str(len(paid)), f"{sum(paid, Decimal(0)):.2f}",
                        str(len(failed)), f"{sum(failed, Decimal(0)):.2f}",
                        hashlib.sha256(body).hexdigest())


def parse_result(data: bytes) -> ResultFile:
    out = ResultFile()
    try:
        text = data.decode(ENCODING)
    except UnicodeDecodeError:
        out.problems.append((0, "bank_file_encoding", {}))
        return out
    raw = data.split(b"\n")
    if raw and raw[-1] == b"":
        raw.pop()
    lines = text.split("\n")[:len(raw)]
    if len(lines) < 2:
        out.problems.append((1, "bank_file_too_short", {}))
        return out
    _header(out, lines[0].rstrip("\r"))
    for n, line in enumerate(lines[1:-1], start=2):
        _detail(out, n, line.rstrip("\r"))
    trailer_at = len(lines)
    prefix = b"\n".join(raw[:-1]) + b"\n"
    out.checksum = hashlib.sha256(prefix).hexdigest()
    _trailer(out, trailer_at, lines[-1].rstrip("\r"))
    return out


def _amount(out: ResultFile, n: int, text: str) -> Decimal:
    if not _AMOUNT_RE.fullmatch(text):
        out.problems.append((n, "bank_file_bad_amount", {"value": text[:20]}))
        return Decimal("0.00")
    return Decimal(text)


def _count(out: ResultFile, n: int, text: str) -> int:
    if text != "0" and not _NO_RE.fullmatch(text):
        out.problems.append((n, "bank_file_bad_number", {"value": text[:20]}))
        return -1
    return int(text)


def _header(out: ResultFile, line: str) -> None:
    f = line.split("|")
    if len(f) != 7 or f[0] != "H" or f[1] != RESULT_TAG or f[2] != VERSION:
        out.problems.append((1, "bank_file_bad_header", {}))
        return
    out.batch_no, out.bank_code = f[3], f[4]
    try:
        if not _DAY_RE.fullmatch(f[5]):
            raise ValueError(f[5])
        out.processed_on = date(int(f[5][:4]), int(f[5][4:6]), int(f[5][6:]))
    except ValueError:
        out.problems.append((1, "bank_file_bad_date", {"value": f[5][:20]}))
    out.header_count = _count(out, 1, f[6])


def _detail(out: ResultFile, n: int, line: str) -> None:
    f = line.split("|")
    if len(f) != 7 or f[0] != "D":
        out.problems.append((n, "bank_file_bad_detail", {}))
        return
    if not _NO_RE.fullmatch(f[1]):
        out.problems.append((n, "bank_file_bad_number", {"value": f[1][:20]}))
        return
    amount = _amount(out, n, f[3])
    if f[4] not in (PAID, FAILED):
        out.problems.append((n, "bank_file_bad_status", {"value": f[4][:5]}))
    elif f[4] == FAILED and not f[5]:
        out.problems.append((n, "bank_file_reason_missing", {}))
    out.lines.append(ResultLine(n, int(f[1]), f[2][:32], amount, f[4], f[5][:8], f[6][:100]))


def _trailer(out: ResultFile, n: int, line: str) -> None:
    f = line.split("|")
    if len(f) != 7 or f[0] != "T":
        out.problems.append((n, "bank_file_bad_trailer", {}))
        return
    paid = [r.amount for r in out.lines if r.status == PAID]
    failed = [r.amount for r in out.lines if r.status == FAILED]
    expected = (len(out.lines), len(paid), sum(paid, Decimal("0.00")), len(failed),
                sum(failed, Decimal("0.00")))
    stated = (_count(out, n, f[1]), _count(out, n, f[2]), _amount(out, n, f[3]),
              _count(out, n, f[4]), _amount(out, n, f[5]))
    if stated != expected:
        out.problems.append((n, "bank_file_totals_differ",
                             {"stated": "/".join(map(str, stated)),
                              "counted": "/".join(map(str, expected))}))
    if out.header_count >= 0 and out.header_count != len(out.lines):
        out.problems.append((1, "bank_file_totals_differ",
                             {"stated": str(out.header_count), "counted": str(len(out.lines))}))
    if f[6] != out.checksum:
        out.problems.append((n, "bank_file_checksum", {}))
