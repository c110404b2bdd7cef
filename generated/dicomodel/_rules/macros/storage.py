"""Presence rules of Storage Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
StorageMacro = (
    "table_10-3c",
    (
        (
            "ReferencedSOPClassUID",
            Attribute(
                0x00081150,
                "UI",
                "1",
                "1C",
                name="Referenced SOP Class UID",
                when=(
                    "unknown",
                    "names no attribute: the storage request only applies to a specific SOP Class",
                ),
            ),
            None,
        ),
        (
            "DICOMStorageSequence",
            Attribute(
                0x00404071,
                "SQ",
                "1",
                "1C",
                name="DICOM Storage Sequence",
                when=("and", ("not", ("present", 0x00404072)), ("not", ("present", 0x00404074))),
                otherwise="may",
            ),
            Lazy("dicomodel.items.dicom_storage_sequence_item", "DICOMStorageSequenceItem"),
        ),
        (
            "STOWRSStorageSequence",
            Attribute(
                0x00404072,
                "SQ",
                "1",
                "1C",
                name="STOW-RS Storage Sequence",
                when=("and", ("not", ("present", 0x00404071)), ("not", ("present", 0x00404074))),
                otherwise="may",
            ),
            Lazy("dicomodel.items.stowrs_storage_sequence_item", "STOWRSStorageSequenceItem"),
        ),
        (
            "XDSStorageSequence",
            Attribute(
                0x00404074,
                "SQ",
                "1",
                "1C",
                name="XDS Storage Sequence",
                when=("and", ("not", ("present", 0x00404072)), ("not", ("present", 0x00404071))),
                otherwise="may",
            ),
            Lazy("dicomodel.items.xds_retrieval_sequence_item", "XDSRetrievalSequenceItem"),
        ),
    ),
)
