"""TID 3817 Coronary Arteriography Findings.

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
    from dicomodel.templates import tid3105, tid3819

__all__ = [
    "TEMPLATE",
    "CoronaryArteriographyFindings",
    "CoronaryArteriographyFindingsFindings",
    "CoronaryArteriographyFindingsFindingsFindingSite",
    "CoronaryArteriographyFindingsFindingsRow9",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3817",
    name="Coronary Arteriography Findings",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("code", "DT", "33367005", "SCT", "Coronary Arteriography"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "364092001", "Coronary artery feature"),
            values=(("cid", "D", "3710"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "B", "3015"),),
        ),
        RowDef(
            key="6",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("cid", "B", "3019"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122134", "Vessel Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3712"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3819",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("code", "DT", "371895000", "SCT", "Coronary artery lesion (culprit)"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3105",
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3819",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$Report",
                    (("code", "DT", "122291", "DCM", "Quantitative Arteriography Report"),),
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class CoronaryArteriographyFindings(TemplatePart):
    """TID 3817 Coronary Arteriography Findings."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values DT (33367005, SCT, \"Coronary Arteriography\")"""

    coronary_artery_feature: groups.Cid3710Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (364092001, SCT, \"Coronary artery feature\"), VM 1, U; values DCID 3710"""

    findings: list[CoronaryArteriographyFindingsFindings] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, U"""

    findings_row_9: list[CoronaryArteriographyFindingsFindingsRow9] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, U"""


@dataclass(kw_only=True)
class CoronaryArteriographyFindingsFindings(TemplatePart):
    """Row 4 of TID 3817."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    finding_site: CoronaryArteriographyFindingsFindingsFindingSite = field(metadata={"row": "5"})
    """Row 5: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values BCID 3015"""

    vessel_morphology: list[groups.Cid3712Code] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: CODE EV (122134, DCM, \"Vessel Morphology\"), VM 1-n, U; values DCID 3712"""

    common_findings: list[tid3819.CommonFindings] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3819, VM 1-n, U"""


@dataclass(kw_only=True)
class CoronaryArteriographyFindingsFindingsFindingSite(TemplatePart):
    """Row 5 of TID 3817."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: groups.Cid3015Code | Code
    """The value of row 5 (CODE)."""

    topographical_modifier: groups.Cid3019Code | Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U; values BCID 3019"""


@dataclass(kw_only=True)
class CoronaryArteriographyFindingsFindingsRow9(TemplatePart):
    """Row 9 of TID 3817."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    finding_site: Code = field(metadata={"row": "10"})
    """Row 10: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DT (371895000, SCT, \"Coronary artery lesion (culprit)\")"""

    lesion_identification_and_properties: tid3105.LesionIdentificationAndProperties = field(
        metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 3105, VM 1, M"""

    common_findings: list[tid3819.CommonFindings] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 3819, VM 1-n, U"""
