"""TID 3515 Cardiac Output Measurement by Indicator Dilution.

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
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "CardiacOutputMeasurementByIndicatorDilution",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3515",
    name="Cardiac Output Measurement by Indicator Dilution",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("SCT", "117610000", "Cardiac Output measurement"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "8737-9", "LN", "Cardiac Output by Indicator Dilution"),),
                ),
                ("$Units", (("code", "EV", "l/min", "UCUM", "l/min"),)),
                ("$Method", (("cid", "D", "3628"),)),
                ("$WavePurpose", (("code", "DT", "121112", "DCM", "Source of Measurement"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "122319", "Catheter Size"),
            condition="IFF Row 2 indicates a thermal method",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 2 indicates a thermal method"),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: Row 2 indicates a thermal method"),
            ),
            units=(("cid", "D", "3510"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "122320", "Injectate Temperature"),
            condition="IFF Row 2 indicates a thermal method",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 2 indicates a thermal method"),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: Row 2 indicates a thermal method"),
            ),
            units=(("code", "EV", "Cel", "UCUM", "C"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "122321", "Injectate Volume"),
            units=(("code", "DT", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "122322", "Calibration Factor"),
            units=(("code", "DT", "1", "UCUM", "no units"),),
        ),
    ),
)


@dataclass(kw_only=True)
class CardiacOutputMeasurementByIndicatorDilution(TemplatePart):
    """TID 3515 Cardiac Output Measurement by Indicator Dilution."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    measurement: tid300.Measurement = field(metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1, M"""

    catheter_size: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (122319, DCM, \"Catheter Size\"), VM 1, MC: IFF Row 2 indicates a thermal method; units DCID 3510"""

    injectate_temperature: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (122320, DCM, \"Injectate Temperature\"), VM 1, MC: IFF Row 2 indicates a thermal method; units EV (Cel, UCUM, \"C\")"""

    injectate_volume: Num = field(metadata={"row": "5"})
    """Row 5: NUM EV (122321, DCM, \"Injectate Volume\"), VM 1, M; units DT (ml, UCUM, \"ml\")"""

    calibration_factor: Num = field(metadata={"row": "6"})
    """Row 6: NUM EV (122322, DCM, \"Calibration Factor\"), VM 1, M; units DT (1, UCUM, \"no units\")"""
