"""X-Ray Generation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as _AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.exposure_control_mode import (
        ExposureControlModeTerm as _ExposureControlModeTerm,
    )
    from dicomodel.enums.exposure_status import ExposureStatusTerm as _ExposureStatusTerm
    from dicomodel.enums.rectification_type import RectificationTypeTerm as _RectificationTypeTerm
else:
    from dicomodel.lazy import Lazy

    _AnodeTargetMaterialTerm = Lazy(
        "dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"
    )
    _ExposureControlModeTerm = Lazy(
        "dicomodel.enums.exposure_control_mode", "ExposureControlModeTerm"
    )
    _ExposureStatusTerm = Lazy("dicomodel.enums.exposure_status", "ExposureStatusTerm")
    _RectificationTypeTerm = Lazy("dicomodel.enums.rectification_type", "RectificationTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.exposure_control_mode import (
        ExposureControlModeTerm as ExposureControlModeTerm,
    )
    from dicomodel.enums.exposure_status import ExposureStatusTerm as ExposureStatusTerm
    from dicomodel.enums.rectification_type import RectificationTypeTerm as RectificationTypeTerm

__all__ = [
    "AnodeTargetMaterialTerm",
    "ExposureControlModeTerm",
    "ExposureStatusTerm",
    "RectificationTypeTerm",
    "XRayGenerationModule",
]


class XRayGenerationModule(DicomModel):
    """X-Ray Generation Module Attributes (PS3.3 Table C.8-34)."""

    dicom_name: ClassVar[str] = "X-Ray Generation"
    dicom_table: ClassVar[str] = "table_C.8-34"

    KVP: Annotated[vr.DS | None, Attribute(0x00180060, "DS", "1", "3", name="KVP")] = None
    """KVP (0018,0060): Type 3, VR DS, VM 1. Peak kilo voltage output of the X-Ray generator used."""

    XRayTubeCurrent: Annotated[
        vr.IS | None, Attribute(0x00181151, "IS", "1", "3", name="X-Ray Tube Current")
    ] = None
    """X-Ray Tube Current (0018,1151): Type 3, VR IS, VM 1. X-Ray Tube Current in mA."""

    XRayTubeCurrentInuA: Annotated[
        vr.DS | None, Attribute(0x00188151, "DS", "1", "3", name="X-Ray Tube Current in µA")
    ] = None
    """X-Ray Tube Current in µA (0018,8151): Type 3, VR DS, VM 1. X-Ray Tube Current in µA."""

    ExposureTime: Annotated[
        vr.IS | None, Attribute(0x00181150, "IS", "1", "3", name="Exposure Time")
    ] = None
    """Exposure Time (0018,1150): Type 3, VR IS, VM 1. Duration of X-Ray exposure in msec."""

    ExposureTimeInuS: Annotated[
        vr.DS | None, Attribute(0x00188150, "DS", "1", "3", name="Exposure Time in µS")
    ] = None
    """Exposure Time in µS (0018,8150): Type 3, VR DS, VM 1. Duration of X-Ray exposure in µsec."""

    Exposure: Annotated[vr.IS | None, Attribute(0x00181152, "IS", "1", "3", name="Exposure")] = None
    """Exposure (0018,1152): Type 3, VR IS, VM 1. The exposure expressed in mAs, for example calculated from Exposure Time and X-Ray Tube Current."""

    ExposureInuAs: Annotated[
        vr.IS | None, Attribute(0x00181153, "IS", "1", "3", name="Exposure in µAs")
    ] = None
    """Exposure in µAs (0018,1153): Type 3, VR IS, VM 1. The exposure expressed in µAs, for example calculated from Exposure Time and X-Ray Tube Current."""

    ExposureControlMode: Annotated[
        _ExposureControlModeTerm | vr.CS | None,
        Attribute(0x00187060, "CS", "1", "3", name="Exposure Control Mode"),
    ] = None
    """Exposure Control Mode (0018,7060): Type 3, VR CS, VM 1. Type of exposure control. Defined Terms: MANUAL AUTOMATIC"""

    ExposureControlModeDescription: Annotated[
        vr.LT | None,
        Attribute(0x00187062, "LT", "1", "3", name="Exposure Control Mode Description"),
    ] = None
    """Exposure Control Mode Description (0018,7062): Type 3, VR LT, VM 1. Text description of the mechanism of exposure control. May describe the number and type of exposure sensors or position of the sensitive area of the imaging detector."""

    ExposureStatus: Annotated[
        _ExposureStatusTerm | vr.CS | None,
        Attribute(0x00187064, "CS", "1", "3", name="Exposure Status"),
    ] = None
    """Exposure Status (0018,7064): Type 3, VR CS, VM 1. Whether the exposure was normally completed or not. Defined Terms: NORMAL ABORTED"""

    PhototimerSetting: Annotated[
        vr.DS | None, Attribute(0x00187065, "DS", "1", "3", name="Phototimer Setting")
    ] = None
    """Phototimer Setting (0018,7065): Type 3, VR DS, VM 1. Nominal percentage phototimer setting, where a more positive value indicates greater exposure and a more negative value indicates less exposure."""

    FocalSpots: Annotated[
        list[vr.DS] | None, Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)")
    ] = None
    """Focal Spot(s) (0018,1190): Type 3, VR DS, VM 1-n. Nominal focal spot size in mm used to acquire this image."""

    AnodeTargetMaterial: Annotated[
        _AnodeTargetMaterialTerm | vr.CS | None,
        Attribute(0x00181191, "CS", "1", "3", name="Anode Target Material"),
    ] = None
    """Anode Target Material (0018,1191): Type 3, VR CS, VM 1. The primary material in the anode of the X-Ray source. Defined Terms: TUNGSTEN MOLYBDENUM RHODIUM"""

    RectificationType: Annotated[
        _RectificationTypeTerm | vr.CS | None,
        Attribute(0x00181156, "CS", "1", "3", name="Rectification Type"),
    ] = None
    """Rectification Type (0018,1156): Type 3, VR CS, VM 1. Type of rectification used in the X-Ray generator. Defined Terms: SINGLE PHASE THREE PHASE CONST POTENTIAL"""

    GeneratorID: Annotated[
        vr.LO | None, Attribute(0x00181005, "LO", "1", "3", name="Generator ID")
    ] = None
    """Generator ID (0018,1005): Type 3, VR LO, VM 1. Identifier of the generator."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnodeTargetMaterialTerm": ("dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"),
    "ExposureControlModeTerm": ("dicomodel.enums.exposure_control_mode", "ExposureControlModeTerm"),
    "ExposureStatusTerm": ("dicomodel.enums.exposure_status", "ExposureStatusTerm"),
    "RectificationTypeTerm": ("dicomodel.enums.rectification_type", "RectificationTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
