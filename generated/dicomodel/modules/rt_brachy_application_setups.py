"""RT Brachy Application Setups Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.brachy_treatment_technique import (
        BrachyTreatmentTechniqueValue as _BrachyTreatmentTechniqueValue,
    )
    from dicomodel.enums.brachy_treatment_type import (
        BrachyTreatmentTypeTerm as _BrachyTreatmentTypeTerm,
    )
    from dicomodel.items.application_setup_sequence_item import (
        ApplicationSetupSequenceItem as _ApplicationSetupSequenceItem,
    )
    from dicomodel.items.source_sequence_item import SourceSequenceItem as _SourceSequenceItem
    from dicomodel.items.treatment_machine_sequence_item import (
        TreatmentMachineSequenceItem as _TreatmentMachineSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicationSetupSequenceItem = Lazy(
        "dicomodel.items.application_setup_sequence_item", "ApplicationSetupSequenceItem"
    )
    _BrachyTreatmentTechniqueValue = Lazy(
        "dicomodel.enums.brachy_treatment_technique", "BrachyTreatmentTechniqueValue"
    )
    _BrachyTreatmentTypeTerm = Lazy(
        "dicomodel.enums.brachy_treatment_type", "BrachyTreatmentTypeTerm"
    )
    _SourceSequenceItem = Lazy("dicomodel.items.source_sequence_item", "SourceSequenceItem")
    _TreatmentMachineSequenceItem = Lazy(
        "dicomodel.items.treatment_machine_sequence_item", "TreatmentMachineSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.application_setup_type import (
        ApplicationSetupTypeTerm as ApplicationSetupTypeTerm,
    )
    from dicomodel.enums.brachy_accessory_device_type import (
        BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm,
    )
    from dicomodel.enums.brachy_treatment_technique import (
        BrachyTreatmentTechnique as BrachyTreatmentTechnique,
    )
    from dicomodel.enums.brachy_treatment_type import (
        BrachyTreatmentTypeTerm as BrachyTreatmentTypeTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.source_applicator_type import (
        SourceApplicatorTypeTerm as SourceApplicatorTypeTerm,
    )
    from dicomodel.enums.source_movement_type import (
        SourceMovementTypeTerm as SourceMovementTypeTerm,
    )
    from dicomodel.enums.source_strength_units import SourceStrengthUnits as SourceStrengthUnits
    from dicomodel.enums.source_type import SourceTypeTerm as SourceTypeTerm
    from dicomodel.items.application_setup_sequence_item import (
        ApplicationSetupSequenceItem as ApplicationSetupSequenceItem,
    )
    from dicomodel.items.brachy_accessory_device_sequence_item import (
        BrachyAccessoryDeviceSequenceItem as BrachyAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.brachy_control_point_sequence_item import (
        BrachyControlPointSequenceItem as BrachyControlPointSequenceItem,
    )
    from dicomodel.items.brachy_referenced_dose_reference_sequence_item import (
        BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.channel_sequence_item import ChannelSequenceItem as ChannelSequenceItem
    from dicomodel.items.channel_shield_sequence_item import (
        ChannelShieldSequenceItem as ChannelShieldSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedReferenceImageSequenceItem,
    )
    from dicomodel.items.source_sequence_item import SourceSequenceItem as SourceSequenceItem
    from dicomodel.items.treatment_machine_sequence_item import (
        TreatmentMachineSequenceItem as TreatmentMachineSequenceItem,
    )

__all__ = [
    "ApplicationSetupSequenceItem",
    "ApplicationSetupTypeTerm",
    "BrachyAccessoryDeviceSequenceItem",
    "BrachyAccessoryDeviceTypeTerm",
    "BrachyControlPointSequenceItem",
    "BrachyReferencedDoseReferenceSequenceItem",
    "BrachyTreatmentTechnique",
    "BrachyTreatmentTypeTerm",
    "ChannelSequenceItem",
    "ChannelShieldSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "RTBrachyApplicationSetupsModule",
    "ReferencedReferenceImageSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
    "SourceSequenceItem",
    "SourceStrengthUnits",
    "SourceTypeTerm",
    "TreatmentMachineSequenceItem",
]


class RTBrachyApplicationSetupsModule(DicomModel):
    """RT Brachy Application Setups Module Attributes (PS3.3 Table C.8-51)."""

    dicom_name: ClassVar[str] = "RT Brachy Application Setups"
    dicom_table: ClassVar[str] = "table_C.8-51"

    BrachyTreatmentTechnique: Annotated[
        _BrachyTreatmentTechniqueValue,
        Attribute(
            0x300A0200,
            "CS",
            "1",
            "1",
            name="Brachy Treatment Technique",
            enumerated=(
                (
                    0,
                    (
                        "INTRALUMENARY",
                        "INTRACAVITARY",
                        "INTERSTITIAL",
                        "CONTACT",
                        "INTRAVASCULAR",
                        "PERMANENT",
                    ),
                ),
            ),
        ),
    ]
    """Brachy Treatment Technique (300A,0200): Type 1, VR CS, VM 1. Type of brachytherapy treatment technique. Enumerated Values: INTRALUMENARY INTRACAVITARY INTERSTITIAL CONTACT INTRAVASCULAR PERMANENT See Section C.8.8.15.1."""

    BrachyTreatmentType: Annotated[
        _BrachyTreatmentTypeTerm | vr.CS,
        Attribute(0x300A0202, "CS", "1", "1", name="Brachy Treatment Type"),
    ]
    """Brachy Treatment Type (300A,0202): Type 1, VR CS, VM 1. Type of brachytherapy treatment. Defined Terms: MANUAL manually positioned HDR High dose rate MDR Medium dose rate LDR Low dose rate PDR Pulsed dose rate"""

    TreatmentMachineSequence: Annotated[
        list[_TreatmentMachineSequenceItem],
        Attribute(0x300A0206, "SQ", "1", "1", name="Treatment Machine Sequence"),
    ]
    """Treatment Machine Sequence (300A,0206): Type 1, VR SQ, VM 1. A Sequence describing treatment machine to be used for treatment delivery. Only a single Item shall be included in this Sequence."""

    SourceSequence: Annotated[
        list[_SourceSequenceItem], Attribute(0x300A0210, "SQ", "1", "1", name="Source Sequence")
    ]
    """Source Sequence (300A,0210): Type 1, VR SQ, VM 1. Sequence of Sources to be used within Application Setups. One or more Items shall be included in this Sequence."""

    ApplicationSetupSequence: Annotated[
        list[_ApplicationSetupSequenceItem],
        Attribute(0x300A0230, "SQ", "1", "1", name="Application Setup Sequence"),
    ]
    """Application Setup Sequence (300A,0230): Type 1, VR SQ, VM 1. Sequence of Application Setups for current RT Plan. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicationSetupSequenceItem": (
        "dicomodel.items.application_setup_sequence_item",
        "ApplicationSetupSequenceItem",
    ),
    "ApplicationSetupTypeTerm": (
        "dicomodel.enums.application_setup_type",
        "ApplicationSetupTypeTerm",
    ),
    "BrachyAccessoryDeviceSequenceItem": (
        "dicomodel.items.brachy_accessory_device_sequence_item",
        "BrachyAccessoryDeviceSequenceItem",
    ),
    "BrachyAccessoryDeviceTypeTerm": (
        "dicomodel.enums.brachy_accessory_device_type",
        "BrachyAccessoryDeviceTypeTerm",
    ),
    "BrachyControlPointSequenceItem": (
        "dicomodel.items.brachy_control_point_sequence_item",
        "BrachyControlPointSequenceItem",
    ),
    "BrachyReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.brachy_referenced_dose_reference_sequence_item",
        "BrachyReferencedDoseReferenceSequenceItem",
    ),
    "BrachyTreatmentTechnique": (
        "dicomodel.enums.brachy_treatment_technique",
        "BrachyTreatmentTechnique",
    ),
    "BrachyTreatmentTypeTerm": ("dicomodel.enums.brachy_treatment_type", "BrachyTreatmentTypeTerm"),
    "ChannelSequenceItem": ("dicomodel.items.channel_sequence_item", "ChannelSequenceItem"),
    "ChannelShieldSequenceItem": (
        "dicomodel.items.channel_shield_sequence_item",
        "ChannelShieldSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReferencedReferenceImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceApplicatorTypeTerm": (
        "dicomodel.enums.source_applicator_type",
        "SourceApplicatorTypeTerm",
    ),
    "SourceMovementTypeTerm": ("dicomodel.enums.source_movement_type", "SourceMovementTypeTerm"),
    "SourceSequenceItem": ("dicomodel.items.source_sequence_item", "SourceSequenceItem"),
    "SourceStrengthUnits": ("dicomodel.enums.source_strength_units", "SourceStrengthUnits"),
    "SourceTypeTerm": ("dicomodel.enums.source_type", "SourceTypeTerm"),
    "TreatmentMachineSequenceItem": (
        "dicomodel.items.treatment_machine_sequence_item",
        "TreatmentMachineSequenceItem",
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
