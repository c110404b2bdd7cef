"""Presence rules of KV Radiation Image Acquisition Parameters Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
KVRadiationImageAcquisitionParametersMacro = (
    "table_C.36.2.4.6-1",
    (
        (
            "EnergyDerivationCodeSequence",
            Attribute(
                0x30020133,
                "SQ",
                "1",
                "1C",
                name="Energy Derivation Code Sequence",
                when=("not", ("present", 0x00180060)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "KVP",
            Attribute(
                0x00180060, "DS", "1", "2C", name="KVP", when=("not", ("present", 0x30020133))
            ),
            None,
        ),
        (
            "XRayTubeCurrentInuA",
            Attribute(0x00188151, "DS", "1", "3", name="X-Ray Tube Current in µA"),
            None,
        ),
        (
            "ExposureTimeInuS",
            Attribute(0x00188150, "DS", "1", "3", name="Exposure Time in µS"),
            None,
        ),
        (
            "AveragePulseWidth",
            Attribute(0x00181154, "DS", "1", "3", name="Average Pulse Width"),
            None,
        ),
        (
            "RadiationMode",
            Attribute(
                0x0018115A,
                "CS",
                "1",
                "3",
                name="Radiation Mode",
                enumerated=((0, ("CONTINUOUS", "PULSED")),),
            ),
            None,
        ),
        (
            "XRayFilterSequence",
            Attribute(0x00189556, "SQ", "1", "3", name="X-Ray Filter Sequence"),
            Lazy("dicomodel.items.device_identification_item", "DeviceIdentificationItem"),
        ),
    ),
)
