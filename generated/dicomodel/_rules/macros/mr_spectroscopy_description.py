"""Presence rules of MR Spectroscopy Description Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRSpectroscopyDescriptionMacro = (
    "table_C.8-107",
    (
        (
            "VolumetricProperties",
            Attribute(
                0x00089206,
                "CS",
                "1",
                "1",
                name="Volumetric Properties",
                enumerated=((0, ("VOLUME", "SAMPLED", "DISTORTED", "MIXED")),),
            ),
            None,
        ),
        (
            "VolumeBasedCalculationTechnique",
            Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
            None,
        ),
        (
            "ComplexImageComponent",
            Attribute(0x00089208, "CS", "1", "1", name="Complex Image Component"),
            None,
        ),
        (
            "AcquisitionContrast",
            Attribute(0x00089209, "CS", "1", "1", name="Acquisition Contrast"),
            None,
        ),
    ),
)
