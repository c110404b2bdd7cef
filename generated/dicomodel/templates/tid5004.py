"""TID 5004 Fetal Biometry Ratio Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid312, tid1008

__all__ = [
    "TEMPLATE",
    "FetalBiometryRatioSection",
    "FetalBiometryRatioSectionCid12004",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5004",
    name="Fetal Biometry Ratio Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125001", "Fetal Biometry Ratios"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1008",
            condition="IF this Template is invoked more than once to describe more than one fetus",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF this Template is invoked more than once to describe more than one fetus",
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "12004"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="INFERRED FROM",
            by_reference=True,
            vm_min=2,
            vm_max=2,
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="312",
        ),
    ),
)


@dataclass(kw_only=True)
class FetalBiometryRatioSection(TemplatePart):
    """TID 5004 Fetal Biometry Ratio Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1008, VM 1, MC: IF this Template is invoked more than once to describe more than one fetus"""

    cid_12004: list[FetalBiometryRatioSectionCid12004] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: NUM DCID 12004, VM 1-n, M"""


@dataclass(kw_only=True)
class FetalBiometryRatioSectionCid12004(TemplatePart):
    """Row 3 of TID 5004."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    concept: groups.Cid12004Code
    """The concept name of row 3."""

    value: Num
    """The value of row 3 (NUM)."""

    num_4: list[Num] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: NUM -, VM 2, U"""

    normal_range_properties: tid312.NormalRangeProperties | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 312, VM 1, U"""
