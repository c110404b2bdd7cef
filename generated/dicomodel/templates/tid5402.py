"""TID 5402 Shear Wave Elastography Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ShearWaveElastographyMeasurement",
    "ShearWaveElastographyMeasurementShearWaveSpeed",
    "ShearWaveElastographyMeasurementElasticity",
    "ShearWaveElastographyMeasurementShearWaveDispersionSlope",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5402",
    name="Shear Wave Elastography Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "130613", "ROI Depth"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "131184002", "Area of defined region"),
            units=(("code", "EV", "cm2", "UCUM", "cm2"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="SCOORD",
            requirement="M",
            relationship="INFERRED FROM",
            concept=Code("DCM", "111030", "Image Region"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130611", "Shear Wave Speed"),
            units=(("code", "EV", "m/s", "UCUM", "m/s"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "386136009", "Standard deviation"),
            units=(("code", "EV", "m/s", "UCUM", "m/s"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "255605001", "Minimum"),
            units=(("code", "EV", "m/s", "UCUM", "m/s"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "56851009", "Maximum"),
            units=(("code", "EV", "m/s", "UCUM", "m/s"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "110830", "Elasticity"),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "386136009", "Standard deviation"),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "255605001", "Minimum"),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "56851009", "Maximum"),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130612", "Shear Wave Dispersion Slope"),
            units=(("code", "EV", "m/s/kHz", "UCUM", "m/s/kHz"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "386136009", "Standard deviation"),
            units=(("code", "EV", "m/s/kHz", "UCUM", "m/s/kHz"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "255605001", "Minimum"),
            units=(("code", "EV", "m/s/kHz", "UCUM", "m/s/kHz"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "56851009", "Maximum"),
            units=(("code", "EV", "m/s/kHz", "UCUM", "m/s/kHz"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130758", "Shear Wave Dispersion Slope Center Frequency"),
            units=(("code", "EV", "kHz", "UCUM", "kHz"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ShearWaveElastographyMeasurement(TemplatePart):
    """TID 5402 Shear Wave Elastography Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    roi_depth: Num = field(metadata={"row": "1"})
    """Row 1: NUM EV (130613, DCM, \"ROI Depth\"), VM 1, M; units EV (cm, UCUM, \"cm\")"""

    area_of_defined_region: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (131184002, SCT, \"Area of defined region\"), VM 1, U; units EV (cm2, UCUM, \"cm2\")"""

    image_region: Coordinates = field(metadata={"row": "3"})
    """Row 3: SCOORD EV (111030, DCM, \"Image Region\"), VM 1, M"""

    shear_wave_speed: ShearWaveElastographyMeasurementShearWaveSpeed = field(metadata={"row": "4"})
    """Row 4: NUM EV (130611, DCM, \"Shear Wave Speed\"), VM 1, M; units EV (m/s, UCUM, \"m/s\")"""

    elasticity: ShearWaveElastographyMeasurementElasticity = field(metadata={"row": "8"})
    """Row 8: NUM EV (110830, DCM, \"Elasticity\"), VM 1, M; units EV (kPa, UCUM, \"kPa\")"""

    shear_wave_dispersion_slope: ShearWaveElastographyMeasurementShearWaveDispersionSlope | None = (
        field(default=None, metadata={"row": "12"})
    )
    """Row 12: NUM EV (130612, DCM, \"Shear Wave Dispersion Slope\"), VM 1, U; units EV (m/s/kHz, UCUM, \"m/s/kHz\")"""


@dataclass(kw_only=True)
class ShearWaveElastographyMeasurementShearWaveSpeed(TemplatePart):
    """Row 4 of TID 5402."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Num
    """The value of row 4 (NUM)."""

    standard_deviation: Num = field(metadata={"row": "5"})
    """Row 5: NUM EV (386136009, SCT, \"Standard deviation\"), VM 1, M; units EV (m/s, UCUM, \"m/s\")"""

    minimum: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (255605001, SCT, \"Minimum\"), VM 1, U; units EV (m/s, UCUM, \"m/s\")"""

    maximum: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (56851009, SCT, \"Maximum\"), VM 1, U; units EV (m/s, UCUM, \"m/s\")"""


@dataclass(kw_only=True)
class ShearWaveElastographyMeasurementElasticity(TemplatePart):
    """Row 8 of TID 5402."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: Num
    """The value of row 8 (NUM)."""

    standard_deviation: Num = field(metadata={"row": "9"})
    """Row 9: NUM EV (386136009, SCT, \"Standard deviation\"), VM 1, M; units EV (kPa, UCUM, \"kPa\")"""

    minimum: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (255605001, SCT, \"Minimum\"), VM 1, U; units EV (kPa, UCUM, \"kPa\")"""

    maximum: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (56851009, SCT, \"Maximum\"), VM 1, U; units EV (kPa, UCUM, \"kPa\")"""


@dataclass(kw_only=True)
class ShearWaveElastographyMeasurementShearWaveDispersionSlope(TemplatePart):
    """Row 12 of TID 5402."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    value: Num
    """The value of row 12 (NUM)."""

    standard_deviation: Num = field(metadata={"row": "13"})
    """Row 13: NUM EV (386136009, SCT, \"Standard deviation\"), VM 1, M; units EV (m/s/kHz, UCUM, \"m/s/kHz\")"""

    minimum: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (255605001, SCT, \"Minimum\"), VM 1, U; units EV (m/s/kHz, UCUM, \"m/s/kHz\")"""

    maximum: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (56851009, SCT, \"Maximum\"), VM 1, U; units EV (m/s/kHz, UCUM, \"m/s/kHz\")"""

    shear_wave_dispersion_slope_center_frequency: Num | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: NUM EV (130758, DCM, \"Shear Wave Dispersion Slope Center Frequency\"), VM 1, U; units EV (kHz, UCUM, \"kHz\")"""
