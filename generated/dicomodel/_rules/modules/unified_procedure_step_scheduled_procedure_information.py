"""Presence rules of Unified Procedure Step Scheduled Procedure Information Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
UnifiedProcedureStepScheduledProcedureInformationModule = (
    "table_C.30.2-1",
    (
        (
            "ScheduledProcedureStepPriority",
            Attribute(
                0x00741200,
                "CS",
                "1",
                None,
                name="Scheduled Procedure Step Priority",
                enumerated=((0, ("HIGH", "MEDIUM", "LOW")),),
            ),
            None,
        ),
        (
            "ScheduledProcedureStepModificationDateTime",
            Attribute(
                0x00404010,
                "DT",
                "1",
                None,
                name="Scheduled Procedure Step Modification Date and Time",
            ),
            None,
        ),
        ("WorklistLabel", Attribute(0x00741202, "LO", "1", None, name="Worklist Label"), None),
        (
            "ProcedureStepLabel",
            Attribute(0x00741204, "LO", "1", None, name="Procedure Step Label"),
            None,
        ),
        (
            "CommentsOnTheScheduledProcedureStep",
            Attribute(0x00400400, "LT", "1", None, name="Comments on the Scheduled Procedure Step"),
            None,
        ),
        (
            "ScheduledStationNameCodeSequence",
            Attribute(0x00404025, "SQ", "1", None, name="Scheduled Station Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ScheduledStationClassCodeSequence",
            Attribute(0x00404026, "SQ", "1", None, name="Scheduled Station Class Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ScheduledStationGeographicLocationCodeSequence",
            Attribute(
                0x00404027,
                "SQ",
                "1",
                None,
                name="Scheduled Station Geographic Location Code Sequence",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ScheduledHumanPerformersSequence",
            Attribute(0x00404034, "SQ", "1", None, name="Scheduled Human Performers Sequence"),
            Lazy(
                "dicomodel.items.actual_human_performers_sequence_item",
                "ActualHumanPerformersSequenceItem",
            ),
        ),
        (
            "ScheduledProcedureStepStartDateTime",
            Attribute(0x00404005, "DT", "1", None, name="Scheduled Procedure Step Start DateTime"),
            None,
        ),
        (
            "ExpectedCompletionDateTime",
            Attribute(0x00404011, "DT", "1", None, name="Expected Completion DateTime"),
            None,
        ),
        (
            "ScheduledProcedureStepExpirationDateTime",
            Attribute(
                0x00404008, "DT", "1", None, name="Scheduled Procedure Step Expiration DateTime"
            ),
            None,
        ),
        (
            "ScheduledWorkitemCodeSequence",
            Attribute(0x00404018, "SQ", "1", None, name="Scheduled Workitem Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ScheduledProcessingParametersSequence",
            Attribute(0x00741210, "SQ", "1", None, name="Scheduled Processing Parameters Sequence"),
            Lazy(
                "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
                "ProtocolContextSequenceItemScheduledProcedureStep",
            ),
        ),
        (
            "InputReadinessState",
            Attribute(
                0x00404041,
                "CS",
                "1",
                None,
                name="Input Readiness State",
                enumerated=((0, ("INCOMPLETE", "UNAVAILABLE", "READY")),),
            ),
            None,
        ),
        (
            "InputInformationSequence",
            Attribute(0x00404021, "SQ", "1", None, name="Input Information Sequence"),
            Lazy(
                "dicomodel.items.referenced_instances_and_access_item",
                "ReferencedInstancesAndAccessItem",
            ),
        ),
        (
            "StudyInstanceUID",
            Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID"),
            None,
        ),
        (
            "OutputDestinationSequence",
            Attribute(0x00404070, "SQ", "1", None, name="Output Destination Sequence"),
            Lazy("dicomodel.items.storage_item", "StorageItem"),
        ),
        (
            "TreatmentSessionUID",
            Attribute(0x300A0700, "UI", "1", None, name="Treatment Session UID"),
            None,
        ),
    ),
)
