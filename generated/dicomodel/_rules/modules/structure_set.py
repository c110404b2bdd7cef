"""Presence rules of Structure Set Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
StructureSetModule = (
    "table_C.8-41",
    (
        (
            "StructureSetLabel",
            Attribute(0x30060002, "SH", "1", "1", name="Structure Set Label"),
            None,
        ),
        (
            "StructureSetName",
            Attribute(0x30060004, "LO", "1", "3", name="Structure Set Name"),
            None,
        ),
        (
            "StructureSetDescription",
            Attribute(0x30060006, "ST", "1", "3", name="Structure Set Description"),
            None,
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "3", name="Instance Number"), None),
        (
            "StructureSetDate",
            Attribute(0x30060008, "DA", "1", "2", name="Structure Set Date"),
            None,
        ),
        (
            "StructureSetTime",
            Attribute(0x30060009, "TM", "1", "2", name="Structure Set Time"),
            None,
        ),
        (
            "ReferencedFrameOfReferenceSequence",
            Attribute(0x30060010, "SQ", "1", "3", name="Referenced Frame of Reference Sequence"),
            Lazy(
                "dicomodel.items.referenced_frame_of_reference_sequence_item",
                "ReferencedFrameOfReferenceSequenceItem",
            ),
        ),
        (
            "SourceSeriesInformationSequence",
            Attribute(0x3006004C, "SQ", "1", "3", name="Source Series Information Sequence"),
            Lazy(
                "dicomodel.items.source_series_information_sequence_item",
                "SourceSeriesInformationSequenceItem",
            ),
        ),
        (
            "StructureSetROISequence",
            Attribute(0x30060020, "SQ", "1", "1", name="Structure Set ROI Sequence"),
            Lazy("dicomodel.items.structure_set_roi_sequence_item", "StructureSetROISequenceItem"),
        ),
        (
            "PredecessorStructureSetSequence",
            Attribute(0x30060018, "SQ", "1", "3", name="Predecessor Structure Set Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
