"""TID 3907 Vessel Measurements.

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
    from dicomodel.templates import tid320

__all__ = [
    "TEMPLATE",
    "VesselMeasurements",
    "VesselMeasurementsDistance",
    "VesselMeasurementsDistanceFiducialFeature",
    "VesselMeasurementsVesselLumenDiameter",
    "VesselMeasurementsVesselLumenDiameterRelativePosition",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3907",
    name="Vessel Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "408715008", "Lumen Diameter Stenosis"),
            units=(("code", "DT", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "408714007", "Lumen Area Stenosis"),
            units=(("code", "DT", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121206", "Distance"),
            vm_min=1,
            vm_max=None,
            units=(("code", "DT", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122340", "Fiducial Feature"),
            vm_min=2,
            vm_max=2,
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(key="6", nesting=1, value_type="INCLUDE", requirement="U", include="320"),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "397413000", "Vessel Lumen Diameter"),
            vm_min=1,
            vm_max=None,
            units=(("code", "DT", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("cid", "D", "3488"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122337", "Relative Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122340", "Fiducial Feature"),
            values=(("cid", "D", "3837"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130408", "Perivascular adipose tissue fat attenuation index"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
    ),
)


@dataclass(kw_only=True)
class VesselMeasurements(TemplatePart):
    """TID 3907 Vessel Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    lumen_diameter_stenosis: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (408715008, SCT, \"Lumen Diameter Stenosis\"), VM 1, U; units DT (%, UCUM, \"%\")"""

    lumen_area_stenosis: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (408714007, SCT, \"Lumen Area Stenosis\"), VM 1, U; units DT (%, UCUM, \"%\")"""

    distance: list[VesselMeasurementsDistance] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: NUM EV (121206, DCM, \"Distance\"), VM 1-n, U; units DT (mm, UCUM, \"mm\")"""

    vessel_lumen_diameter: list[VesselMeasurementsVesselLumenDiameter] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: NUM EV (397413000, SCT, \"Vessel Lumen Diameter\"), VM 1-n, U; units DT (mm, UCUM, \"mm\")"""

    perivascular_adipose_tissue_fat_attenuation_index: Num | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: NUM EV (130408, DCM, \"Perivascular adipose tissue fat attenuation index\"), VM 1, U; units EV (1, UCUM, \"no units\")"""


@dataclass(kw_only=True)
class VesselMeasurementsDistance(TemplatePart):
    """Row 3 of TID 3907."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Num
    """The value of row 3 (NUM)."""

    fiducial_feature: list[VesselMeasurementsDistanceFiducialFeature] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (122340, DCM, \"Fiducial Feature\"), VM 2, M"""

    image_or_spatial_coordinates: tid320.ImageOrSpatialCoordinates | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 320, VM 1, U"""


@dataclass(kw_only=True)
class VesselMeasurementsDistanceFiducialFeature(TemplatePart):
    """Row 4 of TID 3907."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Code
    """The value of row 4 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 244"""


@dataclass(kw_only=True)
class VesselMeasurementsVesselLumenDiameter(TemplatePart):
    """Row 7 of TID 3907."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: Num
    """The value of row 7 (NUM)."""

    derivation: groups.Cid3488Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (121401, DCM, \"Derivation\"), VM 1, U; values DCID 3488"""

    relative_position: VesselMeasurementsVesselLumenDiameterRelativePosition | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: NUM EV (122337, DCM, \"Relative Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""


@dataclass(kw_only=True)
class VesselMeasurementsVesselLumenDiameterRelativePosition(TemplatePart):
    """Row 9 of TID 3907."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: Num
    """The value of row 9 (NUM)."""

    fiducial_feature: groups.Cid3837Code = field(metadata={"row": "10"})
    """Row 10: CODE EV (122340, DCM, \"Fiducial Feature\"), VM 1, M; values DCID 3837"""
