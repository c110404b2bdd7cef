"""TID 3254 IVUS Qualitative Assessments.

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
    from dicomodel.templates import tid1350

__all__ = [
    "TEMPLATE",
    "IVUSQualitativeAssessments",
    "IVUSQualitativeAssessmentsFinding",
    "IVUSQualitativeAssessmentsFindingRow4",
    "IVUSQualitativeAssessmentsFindingRow9",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3254",
    name="IVUS Qualitative Assessments",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "122133", "Lesion Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3491"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3494"),),
        ),
        RowDef(key="3", nesting=1, value_type="INCLUDE", requirement="U", include="1350"),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "EV", "710864009", "SCT", "Arterial Dissection"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122387", "Dissection Classification"),
            values=(("cid", "D", "3492"),),
        ),
        RowDef(key="6", nesting=1, value_type="INCLUDE", requirement="U", include="1350"),
        RowDef(
            key="7",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "122391", "Relative Stenosis Severity"),
            values=(("cid", "D", "3493"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("NCDR [2.0b]", "108", "Previously Dilated Lesion"),
            values=(("cid", "D", "3750"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "EV", "122393", "DCM", "Restenotic Lesion"),),
        ),
        RowDef(key="10", nesting=1, value_type="INCLUDE", requirement="U", include="1350"),
        RowDef(
            key="11",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111009", "Calcification Type"),
            values=(("cid", "D", "3489"),),
        ),
    ),
)


@dataclass(kw_only=True)
class IVUSQualitativeAssessments(TemplatePart):
    """TID 3254 IVUS Qualitative Assessments."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    lesion_morphology: list[groups.Cid3491Code] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE EV (122133, DCM, \"Lesion Morphology\"), VM 1-n, U; values DCID 3491"""

    finding: list[IVUSQualitativeAssessmentsFinding] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3494"""

    finding_row_4: IVUSQualitativeAssessmentsFindingRow4 | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values EV (710864009, SCT, \"Arterial Dissection\")"""

    relative_stenosis_severity: groups.Cid3493Code | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE EV (122391, DCM, \"Relative Stenosis Severity\"), VM 1, U; values DCID 3493"""

    previously_dilated_lesion: groups.Cid3750Code | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (108, NCDR [2.0b], \"Previously Dilated Lesion\"), VM 1, U; values DCID 3750"""

    finding_row_9: IVUSQualitativeAssessmentsFindingRow9 | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values EV (122393, DCM, \"Restenotic Lesion\")"""

    calcification_type: groups.Cid3489Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE EV (111009, DCM, \"Calcification Type\"), VM 1, U; values DCID 3489"""


@dataclass(kw_only=True)
class IVUSQualitativeAssessmentsFinding(TemplatePart):
    """Row 2 of TID 3254."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid3494Code
    """The value of row 2 (CODE)."""

    negation_modifier_presence_of_finding: tid1350.NegationModifierPresenceOfFinding | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1350, VM 1, U"""


@dataclass(kw_only=True)
class IVUSQualitativeAssessmentsFindingRow4(TemplatePart):
    """Row 4 of TID 3254."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Code
    """The value of row 4 (CODE)."""

    dissection_classification: groups.Cid3492Code | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CODE EV (122387, DCM, \"Dissection Classification\"), VM 1, U; values DCID 3492"""

    negation_modifier_presence_of_finding: tid1350.NegationModifierPresenceOfFinding | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 1350, VM 1, U"""


@dataclass(kw_only=True)
class IVUSQualitativeAssessmentsFindingRow9(TemplatePart):
    """Row 9 of TID 3254."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: Code
    """The value of row 9 (CODE)."""

    negation_modifier_presence_of_finding: tid1350.NegationModifierPresenceOfFinding | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 1350, VM 1, U"""
