"""TID 15401 Real-World Quantity Definition for X-Ray Attenuation Properties.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid15400

__all__ = [
    "TEMPLATE",
    "RealWorldQuantityDefinitionForXRayAttenuationProperties",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15401",
    name="Real-World Quantity Definition for X-Ray Attenuation Properties",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(key="1", nesting=0, value_type="INCLUDE", requirement="M", include="15400"),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "130087", "Reference Energy"),
            condition='IF TID 15400 Row 1 Quantity value is (130086, DCM, "Relative Linear Stopping Power")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 15400 Row 1 Quantity value is §0",
            ),
            units=(("code", "EV", "MeV", "UCUM", "Megaelectronvolt"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RealWorldQuantityDefinitionForXRayAttenuationProperties(TemplatePart):
    """TID 15401 Real-World Quantity Definition for X-Ray Attenuation Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    real_world_quantity_definition: tid15400.RealWorldQuantityDefinition = field(
        metadata={"row": "1"}
    )
    """Row 1: INCLUDE DTID 15400, VM 1, M"""

    reference_energy: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (130087, DCM, \"Reference Energy\"), VM 1, MC: IF TID 15400 Row 1 Quantity value is (130086, DCM, \"Relative Linear Stopping Power\"); units EV (MeV, UCUM, \"Megaelectronvolt\")"""
