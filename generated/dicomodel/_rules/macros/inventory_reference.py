"""Presence rules of Inventory Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
InventoryReferenceMacro = (
    "table_C.38.2-3",
    (
        (
            "ReferencedSOPClassUID",
            Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID"),
            None,
        ),
        (
            "ReferencedSOPInstanceUID",
            Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID"),
            None,
        ),
        (
            "InventoryAccessEndPointsSequence",
            Attribute(0x00080420, "SQ", "1", "3", name="Inventory Access End Points Sequence"),
            Lazy("dicomodel.items.access_end_points_item", "AccessEndPointsItem"),
        ),
        (
            "FileAccessURI",
            Attribute(
                0x00080409,
                "UR",
                "1",
                "1C",
                name="File Access URI",
                when=("unknown", "depends on the referenced instance or item"),
            ),
            None,
        ),
        (
            "ContainerFileType",
            Attribute(
                0x0008040A,
                "CS",
                "1",
                "1C",
                name="Container File Type",
                when=("present", 0x00080409),
            ),
            None,
        ),
        (
            "FilenameInContainer",
            Attribute(
                0x0008040B,
                "UR",
                "1",
                "1C",
                name="Filename in Container",
                when=("value", 0x0008040A, 0, "in", ("ZIP", "TAR", "TARGZIP")),
            ),
            None,
        ),
        (
            "FileOffsetInContainer",
            Attribute(
                0x0008040C,
                "UV",
                "1",
                "1C",
                name="File Offset in Container",
                when=("value", 0x0008040A, 0, "in", ("BLOB",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "FileLengthInContainer",
            Attribute(
                0x0008040D,
                "UV",
                "1",
                "1C",
                name="File Length in Container",
                when=("value", 0x0008040A, 0, "in", ("BLOB",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "StoredInstanceTransferSyntaxUID",
            Attribute(
                0x0008040E,
                "UI",
                "1",
                "1C",
                name="Stored Instance Transfer Syntax UID",
                when=("present", 0x00080409),
            ),
            None,
        ),
        (
            "LossyImageCompressionRatio",
            Attribute(0x00282112, "DS", "1-n", "3", name="Lossy Image Compression Ratio"),
            None,
        ),
        (
            "MACAlgorithm",
            Attribute(
                0x04000015, "CS", "1", "1C", name="MAC Algorithm", when=("present", 0x04000404)
            ),
            None,
        ),
        ("MAC", Attribute(0x04000404, "OB", "1", "3", name="MAC"), None),
        (
            "IncorporatedInventoryInstanceSequence",
            Attribute(
                0x00080422,
                "SQ",
                "1",
                "1C",
                name="Incorporated Inventory Instance Sequence",
                when=(
                    "unknown",
                    "names no attribute: the referenced Inventory SOP Instance itself includes Inventory SOP Instances by reference",
                ),
            ),
            Lazy(
                "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
                "UnassignedSharedConvertedAttributesSequenceItem",
            ),
        ),
    ),
)
