"""X-Ray Acquisition Dose Module Attributes.

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
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivationValue as _EntranceDoseDerivationValue,
    )
    from dicomodel.enums.filter_type import FilterTypeTerm as _FilterTypeTerm
    from dicomodel.enums.organ_exposed import OrganExposedTerm as _OrganExposedTerm
    from dicomodel.enums.rectification_type import RectificationTypeTerm as _RectificationTypeTerm
else:
    from dicomodel.lazy import Lazy

    _AnodeTargetMaterialTerm = Lazy(
        "dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"
    )
    _EntranceDoseDerivationValue = Lazy(
        "dicomodel.enums.entrance_dose_derivation", "EntranceDoseDerivationValue"
    )
    _FilterTypeTerm = Lazy("dicomodel.enums.filter_type", "FilterTypeTerm")
    _OrganExposedTerm = Lazy("dicomodel.enums.organ_exposed", "OrganExposedTerm")
    _RectificationTypeTerm = Lazy("dicomodel.enums.rectification_type", "RectificationTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivation as EntranceDoseDerivation,
    )
    from dicomodel.enums.filter_type import FilterTypeTerm as FilterTypeTerm
    from dicomodel.enums.organ_exposed import OrganExposedTerm as OrganExposedTerm
    from dicomodel.enums.rectification_type import RectificationTypeTerm as RectificationTypeTerm

__all__ = [
    "AnodeTargetMaterialTerm",
    "EntranceDoseDerivation",
    "FilterTypeTerm",
    "OrganExposedTerm",
    "RectificationTypeTerm",
    "XRayAcquisitionDoseModule",
]


class XRayAcquisitionDoseModule(DicomModel):
    """X-Ray Acquisition Dose Module Attributes (PS3.3 Table C.8-33)."""

    dicom_name: ClassVar[str] = "X-Ray Acquisition Dose"
    dicom_table: ClassVar[str] = "table_C.8-33"

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

    DistanceSourceToDetector: Annotated[
        vr.DS | None, Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector")
    ] = None
    """Distance Source to Detector (0018,1110): Type 3, VR DS, VM 1. Distance in mm from source to detector center. This value is traditionally referred to as Source Image Receptor Distance (SID)."""

    DistanceSourceToPatient: Annotated[
        vr.DS | None, Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient")
    ] = None
    """Distance Source to Patient (0018,1111): Type 3, VR DS, VM 1. Distance in mm from source to the table, support or bucky side that is closest to the Imaging Subject, as measured along the central ray of the X-Ray beam."""

    ImageAndFluoroscopyAreaDoseProduct: Annotated[
        vr.DS | None,
        Attribute(0x0018115E, "DS", "1", "3", name="Image and Fluoroscopy Area Dose Product"),
    ] = None
    """Image and Fluoroscopy Area Dose Product (0018,115E): Type 3, VR DS, VM 1. X-Ray dose, measured in dGy*cm*cm, to which the patient was exposed for the acquisition of this image plus any non-digitally recorded fluoroscopy that may have been performed to prepare for the acquisition of this image."""

    BodyPartThickness: Annotated[
        vr.DS | None, Attribute(0x001811A0, "DS", "1", "3", name="Body Part Thickness")
    ] = None
    """Body Part Thickness (0018,11A0): Type 3, VR DS, VM 1. The average thickness in mm of the body part examined when compressed, if compression has been applied during exposure."""

    RelativeXRayExposure: Annotated[
        vr.IS | None, Attribute(0x00181405, "IS", "1", "3", name="Relative X-Ray Exposure")
    ] = None
    """Relative X-Ray Exposure (0018,1405): Type 3, VR IS, VM 1. Indication of the applied dose, in manufacturer specific units. This value is intended to provide a single location where manufacturer specific information can be found for annotation on a display or film, that has meaning to a knowledgeabl..."""

    EntranceDose: Annotated[
        vr.US | None, Attribute(0x00400302, "US", "1", "3", name="Entrance Dose")
    ] = None
    """Entrance Dose (0040,0302): Type 3, VR US, VM 1. Average entrance dose value measured in dGy at the surface of the patient during the acquisition of this image. This may be an estimated value based on assumptions about the patient's body size and habitus."""

    EntranceDoseInmGy: Annotated[
        vr.DS | None, Attribute(0x00408302, "DS", "1", "3", name="Entrance Dose in mGy")
    ] = None
    """Entrance Dose in mGy (0040,8302): Type 3, VR DS, VM 1. Average entrance dose value measured in mGy at the surface of the patient during the acquisition of this image. This may be an estimated value based on assumptions about the patient's body size and habitus."""

    EntranceDoseDerivation: Annotated[
        _EntranceDoseDerivationValue | None,
        Attribute(
            0x00408303,
            "CS",
            "1",
            "3",
            name="Entrance Dose Derivation",
            enumerated=((0, ("IAK", "ESAK", "ESDBS", "ESDNOBS")),),
        ),
    ] = None
    """Entrance Dose Derivation (0040,8303): Type 3, VR CS, VM 1. Describes what type of dose is represented by the values of Entrance Dose (0040,0302) and Entrance Dose in mGy (0040,8302)."""

    ExposedArea: Annotated[
        list[vr.US] | None, Attribute(0x00400303, "US", "1-2", "3", name="Exposed Area")
    ] = None
    """Exposed Area (0040,0303): Type 3, VR US, VM 1-2. Typical dimension of the exposed area at the detector plane. If Rectangular: row dimension followed by column; if Round: diameter. Measured in cm."""

    DistanceSourceToEntrance: Annotated[
        vr.DS | None, Attribute(0x00400306, "DS", "1", "3", name="Distance Source to Entrance")
    ] = None
    """Distance Source to Entrance (0040,0306): Type 3, VR DS, VM 1. Distance in mm from the source to the surface of the patient closest to the source during the acquisition of this image. This may be an estimated value based on assumptions about the patient's body size and habitus."""

    CommentsOnRadiationDose: Annotated[
        vr.ST | None, Attribute(0x00400310, "ST", "1", "3", name="Comments on Radiation Dose")
    ] = None
    """Comments on Radiation Dose (0040,0310): Type 3, VR ST, VM 1. User-defined comments on any special conditions related to radiation dose encountered during the acquisition of this image."""

    XRayOutput: Annotated[
        vr.DS | None, Attribute(0x00400312, "DS", "1", "3", name="X-Ray Output")
    ] = None
    """X-Ray Output (0040,0312): Type 3, VR DS, VM 1. The X-Ray output at the patient entrance surface and kVp used to acquire the image, measured in mGy/mAs. This value may be a calibrated value rather than measured during the exposure."""

    HalfValueLayer: Annotated[
        vr.DS | None, Attribute(0x00400314, "DS", "1", "3", name="Half Value Layer")
    ] = None
    """Half Value Layer (0040,0314): Type 3, VR DS, VM 1. The thickness of Aluminum in mm required to reduce the X-Ray Output (0040,0312) by a factor of two. This value may be a calibrated value rather than measured during the exposure."""

    OrganDose: Annotated[vr.DS | None, Attribute(0x00400316, "DS", "1", "3", name="Organ Dose")] = (
        None
    )
    """Organ Dose (0040,0316): Type 3, VR DS, VM 1. Average organ dose value measured in dGy during the acquisition of this image. This may be an estimated value."""

    OrganExposed: Annotated[
        _OrganExposedTerm | vr.CS | None,
        Attribute(0x00400318, "CS", "1", "3", name="Organ Exposed"),
    ] = None
    """Organ Exposed (0040,0318): Type 3, VR CS, VM 1. Organ to which Organ Dose (0040,0316) applies. Defined Terms: BREAST GONADS BONE MARROW FETUS LENS The anatomic regions described by these terms are those that are particularly radiosensitive and for which it is conventional to obtain organ..."""

    AnodeTargetMaterial: Annotated[
        _AnodeTargetMaterialTerm | vr.CS | None,
        Attribute(0x00181191, "CS", "1", "3", name="Anode Target Material"),
    ] = None
    """Anode Target Material (0018,1191): Type 3, VR CS, VM 1. The primary material in the anode of the X-Ray source. Defined Terms: TUNGSTEN MOLYBDENUM RHODIUM"""

    FilterType: Annotated[
        _FilterTypeTerm | vr.SH | None, Attribute(0x00181160, "SH", "1", "3", name="Filter Type")
    ] = None
    """Filter Type (0018,1160): Type 3, VR SH, VM 1. Type of filter(s) inserted into the X-Ray beam (e.g., wedges). Defined Terms: STRIP WEDGE BUTTERFLY MULTIPLE FLAT NONE Multiple type of filters can be expressed by a combination, e.g., BUTTERFLY+WEDGE."""

    FilterMaterial: Annotated[
        list[vr.CS] | None, Attribute(0x00187050, "CS", "1-n", "3", name="Filter Material")
    ] = None
    """Filter Material (0018,7050): Type 3, VR CS, VM 1-n. The X-Ray absorbing material used in the filter. May be multi-valued. See Annex P in PS3.16 for Defined Terms."""

    FilterThicknessMinimum: Annotated[
        list[vr.DS] | None, Attribute(0x00187052, "DS", "1-n", "3", name="Filter Thickness Minimum")
    ] = None
    """Filter Thickness Minimum (0018,7052): Type 3, VR DS, VM 1-n. The minimum thickness in mm of the X-Ray absorbing material used in the filters. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""

    FilterThicknessMaximum: Annotated[
        list[vr.DS] | None, Attribute(0x00187054, "DS", "1-n", "3", name="Filter Thickness Maximum")
    ] = None
    """Filter Thickness Maximum (0018,7054): Type 3, VR DS, VM 1-n. The maximum thickness in mm of the X-Ray absorbing material used in the filters. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""

    FilterBeamPathLengthMinimum: Annotated[
        list[vr.FL] | None,
        Attribute(0x00187056, "FL", "1-n", "3", name="Filter Beam Path Length Minimum"),
    ] = None
    """Filter Beam Path Length Minimum (0018,7056): Type 3, VR FL, VM 1-n. The minimum length (in mm) of the X-Ray beam path in the Filter Material that is not blocked by collimation. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""

    FilterBeamPathLengthMaximum: Annotated[
        list[vr.FL] | None,
        Attribute(0x00187058, "FL", "1-n", "3", name="Filter Beam Path Length Maximum"),
    ] = None
    """Filter Beam Path Length Maximum (0018,7058): Type 3, VR FL, VM 1-n. The maximum length (in mm) of the X-Ray beam path in the Filter Material that is not blocked by collimation. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""

    RectificationType: Annotated[
        _RectificationTypeTerm | vr.CS | None,
        Attribute(0x00181156, "CS", "1", "3", name="Rectification Type"),
    ] = None
    """Rectification Type (0018,1156): Type 3, VR CS, VM 1. Type of rectification used in the X-Ray generator. Defined Terms: SINGLE PHASE THREE PHASE CONST POTENTIAL"""

    ExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181411, "DS", "1", "3", name="Exposure Index")
    ] = None
    """Exposure Index (0018,1411): Type 3, VR DS, VM 1. Measure of the detector response to radiation in the relevant image region of an image acquired with a digital X-Ray imaging system as defined in IEC 62494-1."""

    TargetExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index")
    ] = None
    """Target Exposure Index (0018,1412): Type 3, VR DS, VM 1. The target value used to calculate Deviation Index (0018,1413) as defined in IEC 62494-1."""

    DeviationIndex: Annotated[
        vr.DS | None, Attribute(0x00181413, "DS", "1", "3", name="Deviation Index")
    ] = None
    """Deviation Index (0018,1413): Type 3, VR DS, VM 1. A scaled representation of the difference of the Exposure Index compared to the Target Exposure Index as defined in IEC 62494-1 and the report of AAPM TG 116."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnodeTargetMaterialTerm": ("dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"),
    "EntranceDoseDerivation": (
        "dicomodel.enums.entrance_dose_derivation",
        "EntranceDoseDerivation",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTerm"),
    "OrganExposedTerm": ("dicomodel.enums.organ_exposed", "OrganExposedTerm"),
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
