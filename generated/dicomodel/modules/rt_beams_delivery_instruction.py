"""RT Beams Delivery Instruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.beam_task_sequence_item import (
        BeamTaskSequenceItem as _BeamTaskSequenceItem,
    )
    from dicomodel.items.omitted_beam_task_sequence_item import (
        OmittedBeamTaskSequenceItem as _OmittedBeamTaskSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamTaskSequenceItem = Lazy("dicomodel.items.beam_task_sequence_item", "BeamTaskSequenceItem")
    _OmittedBeamTaskSequenceItem = Lazy(
        "dicomodel.items.omitted_beam_task_sequence_item", "OmittedBeamTaskSequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.autosequence_flag import AutosequenceFlag as AutosequenceFlag
    from dicomodel.enums.beam_task_type import BeamTaskType as BeamTaskType
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_motion_execution_mode import (
        DeviceMotionExecutionMode as DeviceMotionExecutionMode,
    )
    from dicomodel.enums.device_motion_observation_mode import (
        DeviceMotionObservationMode as DeviceMotionObservationMode,
    )
    from dicomodel.enums.double_exposure_flag import DoubleExposureFlag as DoubleExposureFlag
    from dicomodel.enums.double_exposure_ordering import (
        DoubleExposureOrderingTerm as DoubleExposureOrderingTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitRTBeamsDeliveryInstruction as PrimaryDosimeterUnit,
    )
    from dicomodel.enums.reason_for_omission import ReasonForOmissionTerm as ReasonForOmissionTerm
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryType as TreatmentDeliveryType,
    )
    from dicomodel.enums.verification_image_timing import (
        VerificationImageTiming as VerificationImageTiming,
    )
    from dicomodel.items.beam_task_sequence_item import BeamTaskSequenceItem as BeamTaskSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeviceMotionParameterCodeSequenceItem,
    )
    from dicomodel.items.delivery_verification_image_sequence_item import (
        DeliveryVerificationImageSequenceItem as DeliveryVerificationImageSequenceItem,
    )
    from dicomodel.items.device_motion_control_sequence_item import (
        DeviceMotionControlSequenceItem as DeviceMotionControlSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.omitted_beam_task_sequence_item import (
        OmittedBeamTaskSequenceItem as OmittedBeamTaskSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as RelatedReferenceRTImageSequenceItem,
    )

__all__ = [
    "AutosequenceFlag",
    "BeamTaskSequenceItem",
    "BeamTaskType",
    "ContextGroupExtensionFlag",
    "DeliveryVerificationImageSequenceItem",
    "DeviceMotionControlSequenceItem",
    "DeviceMotionExecutionMode",
    "DeviceMotionObservationMode",
    "DeviceMotionParameterCodeSequenceItem",
    "DoubleExposureFlag",
    "DoubleExposureOrderingTerm",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OmittedBeamTaskSequenceItem",
    "PrimaryDosimeterUnit",
    "RTBeamsDeliveryInstructionModule",
    "ReasonForOmissionTerm",
    "ReferencedRTPlanSequenceItem",
    "RelatedReferenceRTImageSequenceItem",
    "TreatmentDeliveryType",
    "VerificationImageTiming",
]


class RTBeamsDeliveryInstructionModule(DicomModel):
    """RT Beams Delivery Instruction Module Attributes (PS3.3 Table C.8.8.29-1)."""

    dicom_name: ClassVar[str] = "RT Beams Delivery Instruction"
    dicom_table: ClassVar[str] = "table_C.8.8.29-1"

    ReferencedRTPlanSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300C0002, "SQ", "1", "1", name="Referenced RT Plan Sequence"),
    ]
    """Referenced RT Plan Sequence (300C,0002): Type 1, VR SQ, VM 1. Reference to a single RT Plan or RT Ion Plan SOP Instance (whose UID is also supplied in the Input Information Sequence - see PS3.4) containing all the Beams and the Fraction Group referenced in this SOP Instance."""

    BeamTaskSequence: Annotated[
        list[_BeamTaskSequenceItem],
        Attribute(0x00741020, "SQ", "1", "1", name="Beam Task Sequence"),
    ]
    """Beam Task Sequence (0074,1020): Type 1, VR SQ, VM 1. Specification of beams to be delivered and/or used for verification of the patient position. One or more Items shall be included in this Sequence."""

    OmittedBeamTaskSequence: Annotated[
        list[_OmittedBeamTaskSequenceItem] | None,
        Attribute(0x300C0111, "SQ", "1", "3", name="Omitted Beam Task Sequence"),
    ] = None
    """Omitted Beam Task Sequence (300C,0111): Type 3, VR SQ, VM 1. Beams not to be delivered and/or used for patient position verification. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AutosequenceFlag": ("dicomodel.enums.autosequence_flag", "AutosequenceFlag"),
    "BeamTaskSequenceItem": ("dicomodel.items.beam_task_sequence_item", "BeamTaskSequenceItem"),
    "BeamTaskType": ("dicomodel.enums.beam_task_type", "BeamTaskType"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeliveryVerificationImageSequenceItem": (
        "dicomodel.items.delivery_verification_image_sequence_item",
        "DeliveryVerificationImageSequenceItem",
    ),
    "DeviceMotionControlSequenceItem": (
        "dicomodel.items.device_motion_control_sequence_item",
        "DeviceMotionControlSequenceItem",
    ),
    "DeviceMotionExecutionMode": (
        "dicomodel.enums.device_motion_execution_mode",
        "DeviceMotionExecutionMode",
    ),
    "DeviceMotionObservationMode": (
        "dicomodel.enums.device_motion_observation_mode",
        "DeviceMotionObservationMode",
    ),
    "DeviceMotionParameterCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "DoubleExposureFlag": ("dicomodel.enums.double_exposure_flag", "DoubleExposureFlag"),
    "DoubleExposureOrderingTerm": (
        "dicomodel.enums.double_exposure_ordering",
        "DoubleExposureOrderingTerm",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OmittedBeamTaskSequenceItem": (
        "dicomodel.items.omitted_beam_task_sequence_item",
        "OmittedBeamTaskSequenceItem",
    ),
    "PrimaryDosimeterUnit": (
        "dicomodel.enums.primary_dosimeter_unit",
        "PrimaryDosimeterUnitRTBeamsDeliveryInstruction",
    ),
    "ReasonForOmissionTerm": ("dicomodel.enums.reason_for_omission", "ReasonForOmissionTerm"),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RelatedReferenceRTImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "TreatmentDeliveryType": ("dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryType"),
    "VerificationImageTiming": (
        "dicomodel.enums.verification_image_timing",
        "VerificationImageTiming",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
