"""TID 8122 Animal Feeding.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "AnimalFeeding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8122",
    name="Animal Feeding",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("SCT", "75118006", "Feeding"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "82566005", "Animal feed"),
            values=(("cid", "D", "607"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127205", "Feed source"),
            values=(("cid", "D", "608"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127200", "Feed manufacturer"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127201", "Feed product name"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127202", "Feed product code"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("UMLS", "C0015746", "Feeding method"),
            values=(("cid", "D", "609"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "11713004", "Water"),
            values=(("cid", "D", "610"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C90486", "Water delivery"),
            values=(("cid", "D", "609"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class AnimalFeeding(TemplatePart):
    """TID 8122 Animal Feeding."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    animal_feed: groups.Cid607Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (82566005, SCT, \"Animal feed\"), VM 1, U; values DCID 607"""

    feed_source: groups.Cid608Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (127205, DCM, \"Feed source\"), VM 1, U; values DCID 608"""

    feed_manufacturer: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (127200, DCM, \"Feed manufacturer\"), VM 1, U"""

    feed_product_name: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (127201, DCM, \"Feed product name\"), VM 1, U"""

    feed_product_code: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (127202, DCM, \"Feed product code\"), VM 1, U"""

    feeding_method: groups.Cid609Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (C0015746, UMLS, \"Feeding method\"), VM 1, U; values DCID 609"""

    water: groups.Cid610Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (11713004, SCT, \"Water\"), VM 1, U; values DCID 610"""

    water_delivery: groups.Cid609Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (C90486, NCIt, \"Water delivery\"), VM 1, U; values DCID 609"""

    comment: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""
