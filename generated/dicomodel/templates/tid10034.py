"""TID 10034 Radiation Dose Estimate Parameters.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RadiationDoseEstimateParameters",
    "RadiationDoseEstimateParametersRadiationDoseCompositeParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10034",
    name="Radiation Dose Estimate Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "128434", "Radiation Dose Estimate Parameters"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "10069"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 4 absent",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            units=(("cid", "D", "82"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128436", "Radiation Dose Composite Parameters"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 2 absent",
            condition_status="parsed",
            required_if=("not", ("row_present", "2")),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiationDoseEstimateParameters(TemplatePart):
    """TID 10034 Radiation Dose Estimate Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    cid_10069: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: NUM DCID 10069, VM 1-n, MC: IF Row 4 absent; units DCID 82"""

    radiation_dose_composite_parameters: list[
        RadiationDoseEstimateParametersRadiationDoseCompositeParameters
    ] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: COMPOSITE EV (128436, DCM, \"Radiation Dose Composite Parameters\"), VM 1-n, MC: IF Row 2 absent"""


@dataclass(kw_only=True)
class RadiationDoseEstimateParametersRadiationDoseCompositeParameters(TemplatePart):
    """Row 4 of TID 10034."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Reference
    """The value of row 4 (COMPOSITE)."""

    comment: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""
