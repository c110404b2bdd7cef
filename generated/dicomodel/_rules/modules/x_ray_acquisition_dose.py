"""Presence rules of X-Ray Acquisition Dose Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayAcquisitionDoseModule = (
    "table_C.8-33",
    (
        ("KVP", Attribute(0x00180060, "DS", "1", "3", name="KVP"), None),
        ("XRayTubeCurrent", Attribute(0x00181151, "IS", "1", "3", name="X-Ray Tube Current"), None),
        (
            "XRayTubeCurrentInuA",
            Attribute(0x00188151, "DS", "1", "3", name="X-Ray Tube Current in µA"),
            None,
        ),
        ("ExposureTime", Attribute(0x00181150, "IS", "1", "3", name="Exposure Time"), None),
        (
            "ExposureTimeInuS",
            Attribute(0x00188150, "DS", "1", "3", name="Exposure Time in µS"),
            None,
        ),
        ("Exposure", Attribute(0x00181152, "IS", "1", "3", name="Exposure"), None),
        ("ExposureInuAs", Attribute(0x00181153, "IS", "1", "3", name="Exposure in µAs"), None),
        (
            "DistanceSourceToDetector",
            Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector"),
            None,
        ),
        (
            "DistanceSourceToPatient",
            Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient"),
            None,
        ),
        (
            "ImageAndFluoroscopyAreaDoseProduct",
            Attribute(0x0018115E, "DS", "1", "3", name="Image and Fluoroscopy Area Dose Product"),
            None,
        ),
        (
            "BodyPartThickness",
            Attribute(0x001811A0, "DS", "1", "3", name="Body Part Thickness"),
            None,
        ),
        (
            "RelativeXRayExposure",
            Attribute(0x00181405, "IS", "1", "3", name="Relative X-Ray Exposure"),
            None,
        ),
        ("EntranceDose", Attribute(0x00400302, "US", "1", "3", name="Entrance Dose"), None),
        (
            "EntranceDoseInmGy",
            Attribute(0x00408302, "DS", "1", "3", name="Entrance Dose in mGy"),
            None,
        ),
        (
            "EntranceDoseDerivation",
            Attribute(
                0x00408303,
                "CS",
                "1",
                "3",
                name="Entrance Dose Derivation",
                enumerated=((0, ("IAK", "ESAK", "ESDBS", "ESDNOBS")),),
            ),
            None,
        ),
        ("ExposedArea", Attribute(0x00400303, "US", "1-2", "3", name="Exposed Area"), None),
        (
            "DistanceSourceToEntrance",
            Attribute(0x00400306, "DS", "1", "3", name="Distance Source to Entrance"),
            None,
        ),
        (
            "CommentsOnRadiationDose",
            Attribute(0x00400310, "ST", "1", "3", name="Comments on Radiation Dose"),
            None,
        ),
        ("XRayOutput", Attribute(0x00400312, "DS", "1", "3", name="X-Ray Output"), None),
        ("HalfValueLayer", Attribute(0x00400314, "DS", "1", "3", name="Half Value Layer"), None),
        ("OrganDose", Attribute(0x00400316, "DS", "1", "3", name="Organ Dose"), None),
        ("OrganExposed", Attribute(0x00400318, "CS", "1", "3", name="Organ Exposed"), None),
        (
            "AnodeTargetMaterial",
            Attribute(0x00181191, "CS", "1", "3", name="Anode Target Material"),
            None,
        ),
        ("FilterType", Attribute(0x00181160, "SH", "1", "3", name="Filter Type"), None),
        ("FilterMaterial", Attribute(0x00187050, "CS", "1-n", "3", name="Filter Material"), None),
        (
            "FilterThicknessMinimum",
            Attribute(0x00187052, "DS", "1-n", "3", name="Filter Thickness Minimum"),
            None,
        ),
        (
            "FilterThicknessMaximum",
            Attribute(0x00187054, "DS", "1-n", "3", name="Filter Thickness Maximum"),
            None,
        ),
        (
            "FilterBeamPathLengthMinimum",
            Attribute(0x00187056, "FL", "1-n", "3", name="Filter Beam Path Length Minimum"),
            None,
        ),
        (
            "FilterBeamPathLengthMaximum",
            Attribute(0x00187058, "FL", "1-n", "3", name="Filter Beam Path Length Maximum"),
            None,
        ),
        (
            "RectificationType",
            Attribute(0x00181156, "CS", "1", "3", name="Rectification Type"),
            None,
        ),
        ("ExposureIndex", Attribute(0x00181411, "DS", "1", "3", name="Exposure Index"), None),
        (
            "TargetExposureIndex",
            Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index"),
            None,
        ),
        ("DeviationIndex", Attribute(0x00181413, "DS", "1", "3", name="Deviation Index"), None),
    ),
)
