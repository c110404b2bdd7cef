"""RT Fraction Scheme Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.fraction_group_sequence_item import (
        FractionGroupSequenceItem as _FractionGroupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FractionGroupSequenceItem = Lazy(
        "dicomodel.items.fraction_group_sequence_item", "FractionGroupSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.alternate_beam_dose_type import (
        AlternateBeamDoseType as AlternateBeamDoseType,
    )
    from dicomodel.enums.beam_dose_meaning import BeamDoseMeaning as BeamDoseMeaning
    from dicomodel.enums.beam_dose_type import BeamDoseType as BeamDoseType
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.dose_calibration_conditions_verified_flag import (
        DoseCalibrationConditionsVerifiedFlag as DoseCalibrationConditionsVerifiedFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
    )
    from dicomodel.items.dose_calibration_conditions_sequence_item import (
        DoseCalibrationConditionsSequenceItem as DoseCalibrationConditionsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.fraction_group_sequence_item import (
        FractionGroupSequenceItem as FractionGroupSequenceItem,
    )
    from dicomodel.items.referenced_beam_sequence_item_rt_fraction_scheme import (
        ReferencedBeamSequenceItemRTFractionScheme as ReferencedBeamSequenceItem,
    )
    from dicomodel.items.referenced_brachy_application_setup_sequence_item_rt_fraction_scheme import (
        ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme as ReferencedBrachyApplicationSetupSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item import (
        ReferencedDoseReferenceSequenceItem as ReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDoseSequenceItem,
    )

__all__ = [
    "AlternateBeamDoseType",
    "BeamDoseMeaning",
    "BeamDoseType",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "DoseCalibrationConditionsSequenceItem",
    "DoseCalibrationConditionsVerifiedFlag",
    "EquivalentCodeSequenceItem",
    "FractionGroupSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RTFractionSchemeModule",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "ReferencedBeamSequenceItem",
    "ReferencedBrachyApplicationSetupSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class RTFractionSchemeModule(DicomModel):
    """RT Fraction Scheme Module Attributes (PS3.3 Table C.8-49)."""

    dicom_name: ClassVar[str] = "RT Fraction Scheme"
    dicom_table: ClassVar[str] = "table_C.8-49"

    FractionGroupSequence: Annotated[
        list[_FractionGroupSequenceItem],
        Attribute(0x300A0070, "SQ", "1", "1", name="Fraction Group Sequence"),
    ]
    """Fraction Group Sequence (300A,0070): Type 1, VR SQ, VM 1. Sequence of Fraction Groups in current Fraction Scheme. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateBeamDoseType": ("dicomodel.enums.alternate_beam_dose_type", "AlternateBeamDoseType"),
    "BeamDoseMeaning": ("dicomodel.enums.beam_dose_meaning", "BeamDoseMeaning"),
    "BeamDoseType": ("dicomodel.enums.beam_dose_type", "BeamDoseType"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "DoseCalibrationConditionsSequenceItem": (
        "dicomodel.items.dose_calibration_conditions_sequence_item",
        "DoseCalibrationConditionsSequenceItem",
    ),
    "DoseCalibrationConditionsVerifiedFlag": (
        "dicomodel.enums.dose_calibration_conditions_verified_flag",
        "DoseCalibrationConditionsVerifiedFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FractionGroupSequenceItem": (
        "dicomodel.items.fraction_group_sequence_item",
        "FractionGroupSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "ReferencedBeamSequenceItem": (
        "dicomodel.items.referenced_beam_sequence_item_rt_fraction_scheme",
        "ReferencedBeamSequenceItemRTFractionScheme",
    ),
    "ReferencedBrachyApplicationSetupSequenceItem": (
        "dicomodel.items.referenced_brachy_application_setup_sequence_item_rt_fraction_scheme",
        "ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme",
    ),
    "ReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_dose_reference_sequence_item",
        "ReferencedDoseReferenceSequenceItem",
    ),
    "ReferencedDoseSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
