"""Presence rules of Waveform Identification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WaveformIdentificationModule = (
    "table_C.10-8",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime"),
            None,
        ),
        (
            "ReferencedInstanceSequence",
            Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
                "ReferencedInstanceSequenceItemWaveformIdentification",
            ),
        ),
    ),
)
