"""The tariff catalogue: every loaded version of every tariff, and how a request finds one."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.model import Tariff


class TariffCatalog:
    """Tariff versions by code. Versions of one code must not overlap in time."""

    def __init__(self, tariffs: Iterable[Tariff] = ()) -> None:
        self._by_code: dict[str, list[Tariff]] = {}
        for tariff in tariffs:
            self.add(tariff)

    def add(self, tariff: Tariff) -> None:
        versions = self._by_code.setdefault(tariff.code, [])
        for other in versions:
            if other.version == tariff.version:
                raise RatingError(tariff.key, "this tariff version is defined twice")
            if _overlap(other, tariff):
                raise RatingError(tariff.key, f"its effective dates overlap {other.key}")
        versions.append(tariff)
        versions.sort(key=lambda t: t.version)

    def codes(self) -> list[str]:
        return sorted(self._by_code)

    def versions(self, code: str) -> list[Tariff]:
        return list(self._by_code.get(code, []))

    def all(self) -> list[Tariff]:
        return [t for code in self.codes() for t in self._by_code[code]]

    def find(self, code: str, version: int | None, on: date | None, where: str) -> Tariff:
        """A given version; else the version effective ``on``; else the latest version."""
        versions = self._by_code.get(code)
        if not versions:
            raise RatingError(where, f"unknown tariff {code!r}")
        if version is not None:
            for tariff in versions:
                if tariff.version == version:
                    return tariff
            raise RatingError(where, f"tariff {code!r} has no version {version}")
        if on is None:
            return versions[-1]
        for tariff in versions:
            if tariff.effective_on(on):
                return tariff
        raise RatingError(where, f"tariff {code!r} has no version effective on {on}")


def _overlap(a: Tariff, b: Tariff) -> bool:
    a_end = a.effective_to or date.max
    b_end = b.effective_to or date.max
    return a.effective_from <= b_end and b.effective_from <= a_end
