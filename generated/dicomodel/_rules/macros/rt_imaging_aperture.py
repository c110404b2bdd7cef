"""Presence rules of RT Imaging Aperture Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTImagingApertureMacro = (
    "table_C.36.2.4.4-1",
    (
        (
            "ImagingApertureSpecificationType",
            Attribute(
                0x30020115,
                "CS",
                "1",
                "3",
                name="Imaging Aperture Specification Type",
                enumerated=((0, ("OPEN", "BEAM", "RELATIVE_TO_BEAM", "CUSTOM")),),
            ),
            None,
        ),
        (
            "ImagingSourceToBeamModifierDefinitionPlaneDistance",
            Attribute(
                0x3002012D,
                "FD",
                "1",
                "1C",
                name="Imaging Source to Beam Modifier Definition Plane Distance",
                when=("value", 0x30020115, 0, "not_in", ("OPEN",)),
            ),
            None,
        ),
        (
            "ReferencedRadiationRTControlPointIndex",
            Attribute(
                0x300A073B,
                "US",
                "1",
                "1C",
                name="Referenced Radiation RT Control Point Index",
                when=("value", 0x30020115, 0, "in", ("BEAM", "RELATIVE_TO_BEAM")),
            ),
            None,
        ),
        (
            "ImagingApertureSequence",
            Attribute(
                0x30020114,
                "SQ",
                "1",
                "1C",
                name="Imaging Aperture Sequence",
                when=("value", 0x30020115, 0, "in", ("CUSTOM", "RELATIVE_TO_BEAM")),
            ),
            Lazy(
                "dicomodel.items.rt_beam_limiting_device_opening_sequence_item",
                "RTBeamLimitingDeviceOpeningSequenceItem",
            ),
        ),
    ),
)
