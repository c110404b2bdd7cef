"""Item class TrackSetSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.measurements_sequence_item import (
        MeasurementsSequenceItem as _MeasurementsSequenceItem,
    )
    from dicomodel.items.table_summary_statistics_item import (
        TableSummaryStatisticsItem as _TableSummaryStatisticsItem,
    )
    from dicomodel.items.track_sequence_item import TrackSequenceItem as _TrackSequenceItem
    from dicomodel.items.track_set_anatomical_type_code_sequence_item import (
        TrackSetAnatomicalTypeCodeSequenceItem as _TrackSetAnatomicalTypeCodeSequenceItem,
    )
    from dicomodel.items.track_statistics_sequence_item import (
        TrackStatisticsSequenceItem as _TrackStatisticsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _MeasurementsSequenceItem = Lazy(
        "dicomodel.items.measurements_sequence_item", "MeasurementsSequenceItem"
    )
    _TableSummaryStatisticsItem = Lazy(
        "dicomodel.items.table_summary_statistics_item", "TableSummaryStatisticsItem"
    )
    _TrackSequenceItem = Lazy("dicomodel.items.track_sequence_item", "TrackSequenceItem")
    _TrackSetAnatomicalTypeCodeSequenceItem = Lazy(
        "dicomodel.items.track_set_anatomical_type_code_sequence_item",
        "TrackSetAnatomicalTypeCodeSequenceItem",
    )
    _TrackStatisticsSequenceItem = Lazy(
        "dicomodel.items.track_statistics_sequence_item", "TrackStatisticsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as TrackingAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DiffusionAcquisitionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DiffusionModelCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ModifierCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.measurement_values_sequence_item import (
        MeasurementValuesSequenceItem as MeasurementValuesSequenceItem,
    )
    from dicomodel.items.measurements_sequence_item import (
        MeasurementsSequenceItem as MeasurementsSequenceItem,
    )
    from dicomodel.items.table_summary_statistics_item import (
        TableSummaryStatisticsItem as TrackSetStatisticsSequenceItem,
    )
    from dicomodel.items.track_sequence_item import TrackSequenceItem as TrackSequenceItem
    from dicomodel.items.track_set_anatomical_type_code_sequence_item import (
        TrackSetAnatomicalTypeCodeSequenceItem as TrackSetAnatomicalTypeCodeSequenceItem,
    )
    from dicomodel.items.track_statistics_sequence_item import (
        TrackStatisticsSequenceItem as TrackStatisticsSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DiffusionAcquisitionCodeSequenceItem",
    "DiffusionModelCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MeasurementValuesSequenceItem",
    "MeasurementsSequenceItem",
    "ModifierCodeSequenceItem",
    "TrackSequenceItem",
    "TrackSetAnatomicalTypeCodeSequenceItem",
    "TrackSetSequenceItem",
    "TrackSetStatisticsSequenceItem",
    "TrackStatisticsSequenceItem",
    "TrackingAlgorithmIdentificationSequenceItem",
]


class TrackSetSequenceItem(DicomModel):
    """An item of Track Set Sequence (0066,0101), as first defined in Tractography Results Module Attributes (C.8.33-2)."""

    dicom_name: ClassVar[str] = "Track Set Sequence"
    dicom_table: ClassVar[str] = "table_C.8.33-2"

    TrackSetNumber: Annotated[vr.UL, Attribute(0x00660105, "UL", "1", "1", name="Track Set Number")]
    """Track Set Number (0066,0105): Type 1, VR UL, VM 1. Identification number of the Track Set. Uniquely identifies a track set within this SOP Instance. Shall start at a value of 1, and increase monotonically by 1."""

    TrackSetLabel: Annotated[vr.LO, Attribute(0x00660106, "LO", "1", "1", name="Track Set Label")]
    """Track Set Label (0066,0106): Type 1, VR LO, VM 1. User-defined label identifying this Track Set. This may be the same as Code Meaning (0008,0104) of Track Set Anatomical Type Code Sequence (0066,0108)."""

    TrackSetDescription: Annotated[
        vr.UT | None, Attribute(0x00660107, "UT", "1", "3", name="Track Set Description")
    ] = None
    """Track Set Description (0066,0107): Type 3, VR UT, VM 1. User-defined description for this Track Set."""

    TrackSetAnatomicalTypeCodeSequence: Annotated[
        list[_TrackSetAnatomicalTypeCodeSequenceItem],
        Attribute(0x00660108, "SQ", "1", "1", name="Track Set Anatomical Type Code Sequence"),
    ]
    """Track Set Anatomical Type Code Sequence (0066,0108): Type 1, VR SQ, VM 1. Sequence defining the specific property type of this Track Set. Only a single Item shall be included in this Sequence."""

    TrackSequence: Annotated[
        list[_TrackSequenceItem], Attribute(0x00660102, "SQ", "1", "1", name="Track Sequence")
    ]
    """Track Sequence (0066,0102): Type 1, VR SQ, VM 1. Describes individual tracks part of the track set. One or more Items shall be included in this Sequence."""

    RecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0062000D,
            "US",
            "3",
            "1C",
            name="Recommended Display CIELab Value",
            when=(
                "unknown",
                "condition not read: not understood: 'in every Item of the Track Sequence (0066,0102)' (in 'Required if neither Recommended Display CIELab Value (0062, 000D) nor Recommended Display CIELab Value List (0066,0103) are present in every Item of the Track Sequence (0066,0102)')",
            ),
        ),
    ] = None
    """Recommended Display CIELab Value (0062,000D): Type 1C, VR US, VM 3. Required if neither Recommended Display CIELab Value (0062, 000D) nor Recommended Display CIELab Value List (0066,0103) are present in every Item of the Track Sequence (0066,0102). Default triplet value in which it is recommended that the track set be rendered. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    RecommendedLineThickness: Annotated[
        vr.FL | None, Attribute(0x00660038, "FL", "1", "3", name="Recommended Line Thickness")
    ] = None
    """Recommended Line Thickness (0066,0038): Type 3, VR FL, VM 1. Specifies the thickness of each track in the track set with which it is recommended to be rendered. The units shall be the same as the units of the coordinate system in which the point coordinates are specified."""

    MeasurementsSequence: Annotated[
        list[_MeasurementsSequenceItem] | None,
        Attribute(0x00660121, "SQ", "1", "3", name="Measurements Sequence"),
    ] = None
    """Measurements Sequence (0066,0121): Type 3, VR SQ, VM 1. Measurements for some or all points along the tracks. Each Item describes one type of measurement. See Section C.8.33.2.1 for more details. One or more Items shall be included in this Sequence."""

    TrackStatisticsSequence: Annotated[
        list[_TrackStatisticsSequenceItem] | None,
        Attribute(0x00660130, "SQ", "1", "3", name="Track Statistics Sequence"),
    ] = None
    """Track Statistics Sequence (0066,0130): Type 3, VR SQ, VM 1. One statistic for one data value per track in the Track Sequence (0066,0102). See Section C.8.33.2.1 for more details. One or more Items shall be included in this Sequence."""

    TrackSetStatisticsSequence: Annotated[
        list[_TableSummaryStatisticsItem] | None,
        Attribute(0x00660124, "SQ", "1", "3", name="Track Set Statistics Sequence"),
    ] = None
    """Track Set Statistics Sequence (0066,0124): Type 3, VR SQ, VM 1. Statistics derived from the values for this Track Set. One or more Items shall be included in this Sequence."""

    DiffusionAcquisitionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00660133, "SQ", "1", "3", name="Diffusion Acquisition Code Sequence"),
    ] = None
    """Diffusion Acquisition Code Sequence (0066,0133): Type 3, VR SQ, VM 1. The diffusion acquisition (including post-processing) used to derive this track set. See Section C.8.33.2.2 for more details. Only a single Item shall be included in this Sequence."""

    DiffusionModelCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00660134, "SQ", "1", "1", name="Diffusion Model Code Sequence"),
    ]
    """Diffusion Model Code Sequence (0066,0134): Type 1, VR SQ, VM 1. The diffusion model used to derive this track set. See Section C.8.33.2.2 for more details. Only a single Item shall be included in this Sequence."""

    TrackingAlgorithmIdentificationSequence: Annotated[
        list[_AlgorithmIdentificationItem],
        Attribute(0x00660104, "SQ", "1", "1", name="Tracking Algorithm Identification Sequence"),
    ]
    """Tracking Algorithm Identification Sequence (0066,0104): Type 1, VR SQ, VM 1. The tractography algorithms used to derive this track set. See Section C.8.33.2.2 for more details. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DiffusionAcquisitionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "DiffusionModelCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MeasurementValuesSequenceItem": (
        "dicomodel.items.measurement_values_sequence_item",
        "MeasurementValuesSequenceItem",
    ),
    "MeasurementsSequenceItem": (
        "dicomodel.items.measurements_sequence_item",
        "MeasurementsSequenceItem",
    ),
    "ModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "TrackSequenceItem": ("dicomodel.items.track_sequence_item", "TrackSequenceItem"),
    "TrackSetAnatomicalTypeCodeSequenceItem": (
        "dicomodel.items.track_set_anatomical_type_code_sequence_item",
        "TrackSetAnatomicalTypeCodeSequenceItem",
    ),
    "TrackSetStatisticsSequenceItem": (
        "dicomodel.items.table_summary_statistics_item",
        "TableSummaryStatisticsItem",
    ),
    "TrackStatisticsSequenceItem": (
        "dicomodel.items.track_statistics_sequence_item",
        "TrackStatisticsSequenceItem",
    ),
    "TrackingAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
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
