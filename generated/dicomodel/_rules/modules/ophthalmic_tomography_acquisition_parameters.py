"""Presence rules of Ophthalmic Tomography Acquisition Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicTomographyAcquisitionParametersModule = (
    "table_C.8.17.8-1",
    (
        (
            "AxialLengthOfTheEye",
            Attribute(0x00220030, "FL", "1", "2", name="Axial Length of the Eye"),
            None,
        ),
        (
            "HorizontalFieldOfView",
            Attribute(0x0022000C, "FL", "1", "2", name="Horizontal Field of View"),
            None,
        ),
        (
            "RefractiveStateSequence",
            Attribute(0x0022001B, "SQ", "1", "2", name="Refractive State Sequence"),
            Lazy("dicomodel.items.refractive_state_sequence_item", "RefractiveStateSequenceItem"),
        ),
        (
            "EmmetropicMagnification",
            Attribute(0x0022000A, "FL", "1", "2", name="Emmetropic Magnification"),
            None,
        ),
        (
            "IntraOcularPressure",
            Attribute(0x0022000B, "FL", "1", "2", name="Intra Ocular Pressure"),
            None,
        ),
        (
            "PupilDilated",
            Attribute(
                0x0022000D, "CS", "1", "2", name="Pupil Dilated", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "MydriaticAgentSequence",
            Attribute(
                0x00220058,
                "SQ",
                "1",
                "2C",
                name="Mydriatic Agent Sequence",
                when=("value", 0x0022000D, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.mydriatic_agent_sequence_item", "MydriaticAgentSequenceItem"),
        ),
        (
            "DegreeOfDilation",
            Attribute(
                0x0022000E,
                "FL",
                "1",
                "2C",
                name="Degree of Dilation",
                when=("value", 0x0022000D, 0, "in", ("YES",)),
            ),
            None,
        ),
    ),
)
