"""Clinical Trial Study Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.longitudinal_temporal_event_type import (
        LongitudinalTemporalEventTypeTerm as _LongitudinalTemporalEventTypeTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.consent_for_clinical_trial_use_sequence_item import (
        ConsentForClinicalTrialUseSequenceItem as _ConsentForClinicalTrialUseSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ConsentForClinicalTrialUseSequenceItem = Lazy(
        "dicomodel.items.consent_for_clinical_trial_use_sequence_item",
        "ConsentForClinicalTrialUseSequenceItem",
    )
    _LongitudinalTemporalEventTypeTerm = Lazy(
        "dicomodel.enums.longitudinal_temporal_event_type", "LongitudinalTemporalEventTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.consent_for_distribution_flag import (
        ConsentForDistributionFlag as ConsentForDistributionFlag,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.distribution_type import DistributionTypeTerm as DistributionTypeTerm
    from dicomodel.enums.longitudinal_temporal_event_type import (
        LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem,
    )
    from dicomodel.items.consent_for_clinical_trial_use_sequence_item import (
        ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ClinicalTrialStudyModule",
    "ClinicalTrialTimePointTypeCodeSequenceItem",
    "ConsentForClinicalTrialUseSequenceItem",
    "ConsentForDistributionFlag",
    "ContextGroupExtensionFlag",
    "DistributionTypeTerm",
    "EquivalentCodeSequenceItem",
    "LongitudinalTemporalEventTypeTerm",
    "MappingResourceTerm",
]


class ClinicalTrialStudyModule(DicomModel):
    """Clinical Trial Study Module Attributes (PS3.3 Table C.7-4b)."""

    dicom_name: ClassVar[str] = "Clinical Trial Study"
    dicom_table: ClassVar[str] = "table_C.7-4b"

    ClinicalTrialTimePointID: Annotated[
        vr.LO | None, Attribute(0x00120050, "LO", "1", "2", name="Clinical Trial Time Point ID")
    ]
    """Clinical Trial Time Point ID (0012,0050): Type 2, VR LO, VM 1. An identifier specifying the one or more Studies that are grouped together as a clinical time point or submission in a clinical trial or research. See Section C.7.2.3.1.1."""

    IssuerOfClinicalTrialTimePointID: Annotated[
        vr.LO | None,
        Attribute(0x00120055, "LO", "1", "3", name="Issuer of Clinical Trial Time Point ID"),
    ] = None
    """Issuer of Clinical Trial Time Point ID (0012,0055): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Time Point ID."""

    ClinicalTrialTimePointDescription: Annotated[
        vr.ST | None,
        Attribute(0x00120051, "ST", "1", "3", name="Clinical Trial Time Point Description"),
    ] = None
    """Clinical Trial Time Point Description (0012,0051): Type 3, VR ST, VM 1. A description of a set of one or more Studies that are grouped together to represent a clinical time point or submission in a clinical trial or research. See Section C.7.2.3.1.1."""

    ClinicalTrialTimePointTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00120054, "SQ", "1", "3", name="Clinical Trial Time Point Type Code Sequence"),
    ] = None
    """Clinical Trial Time Point Type Code Sequence (0012,0054): Type 3, VR SQ, VM 1. A pre-defined type of a set of one or more Studies that are grouped together to represent a clinical time point or submission in a clinical trial or research. See Section C.7.2.3.1.1. One or more Items are permitted in this Sequence."""

    LongitudinalTemporalOffsetFromEvent: Annotated[
        vr.FD | None,
        Attribute(0x00120052, "FD", "1", "3", name="Longitudinal Temporal Offset from Event"),
    ] = None
    """Longitudinal Temporal Offset from Event (0012,0052): Type 3, VR FD, VM 1. An offset in days from a particular event of significance. May be fractional. In the context of a clinical trial, this is often the days since enrollment, or the baseline imaging Study."""

    LongitudinalTemporalEventType: Annotated[
        _LongitudinalTemporalEventTypeTerm | vr.CS | None,
        Attribute(
            0x00120053,
            "CS",
            "1",
            "1C",
            name="Longitudinal Temporal Event Type",
            when=("present", 0x00120052),
        ),
    ] = None
    """Longitudinal Temporal Event Type (0012,0053): Type 1C, VR CS, VM 1. Required if Longitudinal Temporal Offset from Event (0012,0052) is present. The type of event to which Longitudinal Temporal Offset from Event (0012,0052) is relative. Defined Terms: ENROLLMENT Relative to enrollment of the subject in the research activity or clinical trial."""

    ConsentForClinicalTrialUseSequence: Annotated[
        list[_ConsentForClinicalTrialUseSequenceItem] | None,
        Attribute(0x00120083, "SQ", "1", "3", name="Consent for Clinical Trial Use Sequence"),
    ] = None
    """Consent for Clinical Trial Use Sequence (0012,0083): Type 3, VR SQ, VM 1. A Sequence that conveys information about consent for Clinical Trial or research use of the Composite Instances within this Study. One or more Items are permitted in this Sequence. See Section C.7.2.3.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ClinicalTrialTimePointTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ConsentForClinicalTrialUseSequenceItem": (
        "dicomodel.items.consent_for_clinical_trial_use_sequence_item",
        "ConsentForClinicalTrialUseSequenceItem",
    ),
    "ConsentForDistributionFlag": (
        "dicomodel.enums.consent_for_distribution_flag",
        "ConsentForDistributionFlag",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DistributionTypeTerm": ("dicomodel.enums.distribution_type", "DistributionTypeTerm"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "LongitudinalTemporalEventTypeTerm": (
        "dicomodel.enums.longitudinal_temporal_event_type",
        "LongitudinalTemporalEventTypeTerm",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
