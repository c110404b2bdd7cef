"""Presence rules of X-Ray Generation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayGenerationModule = (
    "table_C.8-34",
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
            "ExposureControlMode",
            Attribute(0x00187060, "CS", "1", "3", name="Exposure Control Mode"),
            None,
        ),
        (
            "ExposureControlModeDescription",
            Attribute(0x00187062, "LT", "1", "3", name="Exposure Control Mode Description"),
            None,
        ),
        ("ExposureStatus", Attribute(0x00187064, "CS", "1", "3", name="Exposure Status"), None),
        (
            "PhototimerSetting",
            Attribute(0x00187065, "DS", "1", "3", name="Phototimer Setting"),
            None,
        ),
        ("FocalSpots", Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)"), None),
        (
            "AnodeTargetMaterial",
            Attribute(0x00181191, "CS", "1", "3", name="Anode Target Material"),
            None,
        ),
        (
            "RectificationType",
            Attribute(0x00181156, "CS", "1", "3", name="Rectification Type"),
            None,
        ),
        ("GeneratorID", Attribute(0x00181005, "LO", "1", "3", name="Generator ID"), None),
    ),
)
