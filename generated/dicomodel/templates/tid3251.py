"""TID 3251 IVUS Vessel.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3252, tid3819

__all__ = [
    "TEMPLATE",
    "IVUSVessel",
    "IVUSVesselFindingSite",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3251",
    name="IVUS Vessel",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3604"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("cid", "D", "3019"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IFF anatomy has laterality",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF anatomy has laterality"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF anatomy has laterality"),
            ),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "129085009", "Catheterization Procedure Phase"),
            values=(("cid", "D", "3480"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122134", "Vessel Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "", "3712"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3819",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "115", "Dissection in segment"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3252",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class IVUSVessel(TemplatePart):
    """TID 3251 IVUS Vessel."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: IVUSVesselFindingSite | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, U; values DCID 3604"""

    catheterization_procedure_phase: groups.Cid3480Code | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CODE EV (129085009, SCT, \"Catheterization Procedure Phase\"), VM 1, U; values DCID 3480"""

    vessel_morphology: list[groups.Cid3712Code | Code] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CODE EV (122134, DCM, \"Vessel Morphology\"), VM 1-n, U; values CID 3712"""

    common_findings: list[tid3819.CommonFindings] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3819, VM 1-n, U"""

    dissection_in_segment: groups.Cid230Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (115, NCDR [2.0b], \"Dissection in segment\"), VM 1, U; values DCID 230"""

    ivus_lesion: list[tid3252.IVUSLesion] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 3252, VM 1-n, U"""


@dataclass(kw_only=True)
class IVUSVesselFindingSite(TemplatePart):
    """Row 2 of TID 3251."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid3604Code
    """The value of row 2 (CODE)."""

    topographical_modifier: groups.Cid3019Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U; values DCID 3019"""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (272741003, SCT, \"Laterality\"), VM 1, UC: IFF anatomy has laterality; values DCID 244"""
