"""Presence rules of X-Ray Tomography Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayTomographyAcquisitionModule = (
    "table_C.8-32",
    (
        ("TomoLayerHeight", Attribute(0x00181460, "DS", "1", "1", name="Tomo Layer Height"), None),
        ("TomoAngle", Attribute(0x00181470, "DS", "1", "3", name="Tomo Angle"), None),
        ("TomoTime", Attribute(0x00181480, "DS", "1", "3", name="Tomo Time"), None),
        ("TomoType", Attribute(0x00181490, "CS", "1", "3", name="Tomo Type"), None),
        ("TomoClass", Attribute(0x00181491, "CS", "1", "3", name="Tomo Class"), None),
        (
            "NumberOfTomosynthesisSourceImages",
            Attribute(0x00181495, "IS", "1", "3", name="Number of Tomosynthesis Source Images"),
            None,
        ),
    ),
)
