"""Item class ResultsNormalsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.global_deviation_probability_normals_flag import (
        GlobalDeviationProbabilityNormalsFlagValue as _GlobalDeviationProbabilityNormalsFlagValue,
    )
    from dicomodel.enums.local_deviation_probability_normals_flag import (
        LocalDeviationProbabilityNormalsFlagValue as _LocalDeviationProbabilityNormalsFlagValue,
    )
    from dicomodel.items.global_deviation_probability_sequence_item import (
        GlobalDeviationProbabilitySequenceItem as _GlobalDeviationProbabilitySequenceItem,
    )
    from dicomodel.items.localized_deviation_probability_sequence_item import (
        LocalizedDeviationProbabilitySequenceItem as _LocalizedDeviationProbabilitySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GlobalDeviationProbabilityNormalsFlagValue = Lazy(
        "dicomodel.enums.global_deviation_probability_normals_flag",
        "GlobalDeviationProbabilityNormalsFlagValue",
    )
    _GlobalDeviationProbabilitySequenceItem = Lazy(
        "dicomodel.items.global_deviation_probability_sequence_item",
        "GlobalDeviationProbabilitySequenceItem",
    )
    _LocalDeviationProbabilityNormalsFlagValue = Lazy(
        "dicomodel.enums.local_deviation_probability_normals_flag",
        "LocalDeviationProbabilityNormalsFlagValue",
    )
    _LocalizedDeviationProbabilitySequenceItem = Lazy(
        "dicomodel.items.localized_deviation_probability_sequence_item",
        "LocalizedDeviationProbabilitySequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.global_deviation_probability_normals_flag import (
        GlobalDeviationProbabilityNormalsFlag as GlobalDeviationProbabilityNormalsFlag,
    )
    from dicomodel.enums.local_deviation_probability_normals_flag import (
        LocalDeviationProbabilityNormalsFlag as LocalDeviationProbabilityNormalsFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.global_deviation_probability_sequence_item import (
        GlobalDeviationProbabilitySequenceItem as GlobalDeviationProbabilitySequenceItem,
    )
    from dicomodel.items.localized_deviation_probability_sequence_item import (
        LocalizedDeviationProbabilitySequenceItem as LocalizedDeviationProbabilitySequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GlobalDeviationProbabilityNormalsFlag",
    "GlobalDeviationProbabilitySequenceItem",
    "LocalDeviationProbabilityNormalsFlag",
    "LocalizedDeviationProbabilitySequenceItem",
    "MappingResourceTerm",
    "ResultsNormalsSequenceItem",
]


class ResultsNormalsSequenceItem(DicomModel):
    """An item of Results Normals Sequence (0024,0064), as first defined in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    dicom_name: ClassVar[str] = "Results Normals Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.5-1"

    DataSetName: Annotated[vr.LO, Attribute(0x00240306, "LO", "1", "1", name="Data Set Name")]
    """Data Set Name (0024,0306): Type 1, VR LO, VM 1. The name assigned to the Externally-Sourced Data Set."""

    DataSetVersion: Annotated[vr.LO, Attribute(0x00240307, "LO", "1", "1", name="Data Set Version")]
    """Data Set Version (0024,0307): Type 1, VR LO, VM 1. The software version identifier assigned to the Externally-Sourced Data Set."""

    DataSetSource: Annotated[vr.LO, Attribute(0x00240308, "LO", "1", "1", name="Data Set Source")]
    """Data Set Source (0024,0308): Type 1, VR LO, VM 1. Source of the Externally-Sourced Data Set. E.g., the name of the manufacturer, researcher, university, etc."""

    DataSetDescription: Annotated[
        vr.LO | None, Attribute(0x00240309, "LO", "1", "3", name="Data Set Description")
    ] = None
    """Data Set Description (0024,0309): Type 3, VR LO, VM 1. Description of the Externally-Sourced Data Set."""

    GlobalDeviationFromNormal: Annotated[
        vr.FL, Attribute(0x00240066, "FL", "1", "1", name="Global Deviation from Normal")
    ]
    """Global Deviation from Normal (0024,0066): Type 1, VR FL, VM 1. Weighted average deviation from the age corrected normal field, in dB."""

    GlobalDeviationProbabilityNormalsFlag: Annotated[
        _GlobalDeviationProbabilityNormalsFlagValue,
        Attribute(
            0x00240059,
            "CS",
            "1",
            "1",
            name="Global Deviation Probability Normals Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Global Deviation Probability Normals Flag (0024,0059): Type 1, VR CS, VM 1. Whether normals exist for the global deviation probability. Enumerated Values: YES NO"""

    GlobalDeviationProbabilitySequence: Annotated[
        list[_GlobalDeviationProbabilitySequenceItem] | None,
        Attribute(
            0x00240083,
            "SQ",
            "1",
            "1C",
            name="Global Deviation Probability Sequence",
            when=("value", 0x00240059, 0, "in", ("YES",)),
        ),
    ] = None
    """Global Deviation Probability Sequence (0024,0083): Type 1C, VR SQ, VM 1. Required if Global Deviation Probability Normals Flag (0024,0059) is YES. Probability value and software algorithm used to provide the normality for the global deviation. Only a single Item shall be included in this Sequence. Required if Global Deviation Probability Normals Flag (0024,0059) is YES."""

    LocalizedDeviationFromNormal: Annotated[
        vr.FL, Attribute(0x00240068, "FL", "1", "1", name="Localized Deviation From Normal")
    ]
    """Localized Deviation From Normal (0024,0068): Type 1, VR FL, VM 1. Weighted square root of loss variance, in dB."""

    LocalDeviationProbabilityNormalsFlag: Annotated[
        _LocalDeviationProbabilityNormalsFlagValue,
        Attribute(
            0x00240072,
            "CS",
            "1",
            "1",
            name="Local Deviation Probability Normals Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Local Deviation Probability Normals Flag (0024,0072): Type 1, VR CS, VM 1. Whether normals exist for the local deviation probability. Enumerated Values: YES NO"""

    LocalizedDeviationProbabilitySequence: Annotated[
        list[_LocalizedDeviationProbabilitySequenceItem] | None,
        Attribute(
            0x00240085,
            "SQ",
            "1",
            "1C",
            name="Localized Deviation Probability Sequence",
            when=("value", 0x00240072, 0, "in", ("YES",)),
        ),
    ] = None
    """Localized Deviation Probability Sequence (0024,0085): Type 1C, VR SQ, VM 1. Required if Local Deviation Probability Normals Flag (0024,0072) is YES. Probability value and software algorithm used to provide the normality for the local deviation. Only a single Item shall be included in this Sequence. Required if Local Deviation Probability Normals Flag (0024,0072) is YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GlobalDeviationProbabilityNormalsFlag": (
        "dicomodel.enums.global_deviation_probability_normals_flag",
        "GlobalDeviationProbabilityNormalsFlag",
    ),
    "GlobalDeviationProbabilitySequenceItem": (
        "dicomodel.items.global_deviation_probability_sequence_item",
        "GlobalDeviationProbabilitySequenceItem",
    ),
    "LocalDeviationProbabilityNormalsFlag": (
        "dicomodel.enums.local_deviation_probability_normals_flag",
        "LocalDeviationProbabilityNormalsFlag",
    ),
    "LocalizedDeviationProbabilitySequenceItem": (
        "dicomodel.items.localized_deviation_probability_sequence_item",
        "LocalizedDeviationProbabilitySequenceItem",
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
