"""Presence rules of Breast X-Ray Acquisition Dose Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BreastXRayAcquisitionDoseMacro = (
    "table_C.8.31.5-1",
    (
        (
            "XRayAcquisitionDoseSequence",
            Attribute(0x00189542, "SQ", "1", "1", name="X-Ray Acquisition Dose Sequence"),
            Lazy(
                "dicomodel.items.x_ray_acquisition_dose_sequence_item",
                "XRayAcquisitionDoseSequenceItem",
            ),
        ),
    ),
)
