"""Presence rules of Photoacoustic Acquisition Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PhotoacousticAcquisitionParametersModule = (
    "table_C.8.34.2-1",
    (
        (
            "ExcitationWavelengthSequence",
            Attribute(0x00189825, "SQ", "1", "1", name="Excitation Wavelength Sequence"),
            Lazy(
                "dicomodel.items.excitation_wavelength_sequence_item",
                "ExcitationWavelengthSequenceItem",
            ),
        ),
        (
            "IlluminationTranslationFlag",
            Attribute(
                0x00189828,
                "CS",
                "1",
                "3",
                name="Illumination Translation Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "IlluminationTypeCodeSequence",
            Attribute(0x00220016, "SQ", "1", "3", name="Illumination Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AcousticCouplingMediumFlag",
            Attribute(
                0x00189829,
                "CS",
                "1",
                "1",
                name="Acoustic Coupling Medium Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "AcousticCouplingMediumCodeSequence",
            Attribute(
                0x0018982A,
                "SQ",
                "1",
                "2C",
                name="Acoustic Coupling Medium Code Sequence",
                when=("value", 0x00189829, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AcousticCouplingMediumTemperature",
            Attribute(0x0018982B, "FD", "1", "3", name="Acoustic Coupling Medium Temperature"),
            None,
        ),
    ),
)
