"""Presence rules of X-Ray 3D Angiographic Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRay3DAngiographicAcquisitionModule = (
    "table_C.8.21.3.2-1",
    (
        (
            "XRay3DAcquisitionSequence",
            Attribute(0x00189507, "SQ", "1", "1", name="X-Ray 3D Acquisition Sequence"),
            Lazy(
                "dicomodel.items.x_ray3_d_acquisition_sequence_item",
                "XRay3DAcquisitionSequenceItem",
            ),
        ),
    ),
)
