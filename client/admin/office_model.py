"""The organisation as a tree (company -> bureau -> office -> hall), built from the flat,
path-ordered list that list_offices returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from client.admin.table_base import Index, Row
from client.admin.terms import AdminTerms


@dataclass(eq=False)
class OfficeNode:
    office: Row
    parent: OfficeNode | None = None
    children: list[OfficeNode] = field(default_factory=list)


class OfficeTreeModel(QAbstractItemModel):
    """Columns: name, code, kind. Units whose parent is not visible become roots (a bureau
    head sees their bureau as the top of the tree)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[OfficeNode] = []
        self._by_id: dict[int, OfficeNode] = {}

    def set_offices(self, offices: list[Row]) -> None:
        self.beginResetModel()
        self._roots, self._by_id = [], {}
        for office in offices:
            self._by_id[int(office["id"])] = OfficeNode(office)
        # Siblings in creation order (by id): the server's path order is textual, which
        # would put unit 14 before unit 9.
        for office_id in sorted(self._by_id):
            node = self._by_id[office_id]
            parent = self._by_id.get(node.office["parent_id"] or -1)
            node.parent = parent
            (parent.children if parent else self._roots).append(node)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Code"), self.tr("Kind")]

    # -- lookups for the view ---------------------------------------------------------------
    def office_at(self, index: Index) -> Row | None:
        node = self._node(index)
        return node.office if node else None

    def index_of(self, office_id: int) -> QModelIndex:
        node = self._by_id.get(office_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._row_of(node), 0, node)

    def offices(self) -> list[Row]:
        return [n.office for n in self._by_id.values()]

    # -- Qt ---------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._children(parent)
        if not (0 <= row < len(siblings) and 0 <= column < len(self.headers())):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(child)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(self._row_of(node.parent), 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        office = node.office
        column = index.column()
        if column == 0:
            return str(office["name"])
        if column == 1:
            return str(office["code"])
        return AdminTerms.kind(str(office["kind"]))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers())):
            return self.headers()[section]
        return None

    # -- internals --------------------------------------------------------------------------
    def _node(self, index: Index) -> OfficeNode | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, OfficeNode) else None

    def _children(self, parent: Index) -> list[OfficeNode]:
        if not parent.isValid():
            return self._roots
        node = self._node(parent)
        return node.children if node else []

    def _row_of(self, node: OfficeNode) -> int:
        siblings = node.parent.children if node.parent else self._roots
        return siblings.index(node)


def office_choices(offices: list[Row]) -> list[tuple[int, str]]:
    """(id, name) for a combo box, in tree order (a unit right after its parent)."""
    return [(int(o["id"]), str(o["name"])) for o in sorted(offices, key=lambda o: str(o["path"]))]
