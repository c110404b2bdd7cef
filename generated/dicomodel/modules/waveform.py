"""Waveform Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.waveform_presentation_group_sequence_item import (
        WaveformPresentationGroupSequenceItem as _WaveformPresentationGroupSequenceItem,
    )
    from dicomodel.items.waveform_sequence_item import WaveformSequenceItem as _WaveformSequenceItem
else:
    from dicomodel.lazy import Lazy

    _WaveformPresentationGroupSequenceItem = Lazy(
        "dicomodel.items.waveform_presentation_group_sequence_item",
        "WaveformPresentationGroupSequenceItem",
    )
    _WaveformSequenceItem = Lazy("dicomodel.items.waveform_sequence_item", "WaveformSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.display_shading_flag import DisplayShadingFlag as DisplayShadingFlag
    from dicomodel.enums.impedance_measurement_current_type import (
        ImpedanceMeasurementCurrentTypeTerm as ImpedanceMeasurementCurrentTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.waveform_amplifier_type import (
        WaveformAmplifierType as WaveformAmplifierType,
    )
    from dicomodel.enums.waveform_filter_type import WaveformFilterType as WaveformFilterType
    from dicomodel.enums.waveform_originality import WaveformOriginality as WaveformOriginality
    from dicomodel.enums.waveform_sample_interpretation import (
        WaveformSampleInterpretationTerm as WaveformSampleInterpretationTerm,
    )
    from dicomodel.items.analog_filter_characteristics_sequence_item import (
        AnalogFilterCharacteristicsSequenceItem as AnalogFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.channel_definition_sequence_item import (
        ChannelDefinitionSequenceItem as ChannelDefinitionSequenceItem,
    )
    from dicomodel.items.channel_display_sequence_item import (
        ChannelDisplaySequenceItem as ChannelDisplaySequenceItem,
    )
    from dicomodel.items.channel_impedance_sequence_item import (
        ChannelImpedanceSequenceItem as ChannelImpedanceSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnalogFilterTypeItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelSensitivityUnitsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelSourceModifiersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ChannelSourceSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalFilterTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FrequencyEncodingCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MagnitudeEncodingCodeSequenceItem,
    )
    from dicomodel.items.digital_filter_characteristics_sequence_item import (
        DigitalFilterCharacteristicsSequenceItem as DigitalFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.source_waveform_sequence_item import (
        SourceWaveformSequenceItem as SourceWaveformSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as FilterHighFrequencyCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as FilterLowFrequencyCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as NotchFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as FilterLookupTableSequenceItem,
    )
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as SummarizedFilterLookupTableItem,
    )
    from dicomodel.items.waveform_presentation_group_sequence_item import (
        WaveformPresentationGroupSequenceItem as WaveformPresentationGroupSequenceItem,
    )
    from dicomodel.items.waveform_sequence_item import WaveformSequenceItem as WaveformSequenceItem

__all__ = [
    "AnalogFilterCharacteristicsSequenceItem",
    "AnalogFilterTypeItem",
    "ChannelDefinitionSequenceItem",
    "ChannelDisplaySequenceItem",
    "ChannelImpedanceSequenceItem",
    "ChannelSensitivityUnitsSequenceItem",
    "ChannelSourceModifiersSequenceItem",
    "ChannelSourceSequenceItem",
    "ContextGroupExtensionFlag",
    "DigitalFilterCharacteristicsSequenceItem",
    "DigitalFilterTypeCodeSequenceItem",
    "DisplayShadingFlag",
    "EquivalentCodeSequenceItem",
    "FilterHighFrequencyCharacteristicsSequenceItem",
    "FilterLookupTableSequenceItem",
    "FilterLowFrequencyCharacteristicsSequenceItem",
    "FrequencyEncodingCodeSequenceItem",
    "ImpedanceMeasurementCurrentTypeTerm",
    "MagnitudeEncodingCodeSequenceItem",
    "MappingResourceTerm",
    "NotchFilterCharacteristicsSequenceItem",
    "SourceWaveformSequenceItem",
    "SummarizedFilterLookupTableItem",
    "WaveformAmplifierType",
    "WaveformFilterType",
    "WaveformModule",
    "WaveformOriginality",
    "WaveformPresentationGroupSequenceItem",
    "WaveformSampleInterpretationTerm",
    "WaveformSequenceItem",
]


class WaveformModule(DicomModel):
    """Waveform Module Attributes (PS3.3 Table C.10-9)."""

    dicom_name: ClassVar[str] = "Waveform"
    dicom_table: ClassVar[str] = "table_C.10-9"

    WaveformSequence: Annotated[
        list[_WaveformSequenceItem], Attribute(0x54000100, "SQ", "1", "1", name="Waveform Sequence")
    ]
    """Waveform Sequence (5400,0100): Type 1, VR SQ, VM 1. Sequence of Items, each representing one waveform multiplex group. One or more Items shall be included in this Sequence. Ordering of Items in this Sequence is significant for external reference to specific multiplex groups."""

    WaveformDataDisplayScale: Annotated[
        vr.FL | None, Attribute(0x003A0230, "FL", "1", "3", name="Waveform Data Display Scale")
    ] = None
    """Waveform Data Display Scale (003A,0230): Type 3, VR FL, VM 1. The recommended time-based waveform data display scale in units of mm/s (see Section C.10.9.1.8)."""

    WaveformDisplayBackgroundCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x003A0231, "US", "3", "3", name="Waveform Display Background CIELab Value"),
    ] = None
    """Waveform Display Background CIELab Value (003A,0231): Type 3, VR US, VM 3. A color triplet value recommended for rendering the waveform display background on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    WaveformPresentationGroupSequence: Annotated[
        list[_WaveformPresentationGroupSequenceItem] | None,
        Attribute(0x003A0240, "SQ", "1", "3", name="Waveform Presentation Group Sequence"),
    ] = None
    """Waveform Presentation Group Sequence (003A,0240): Type 3, VR SQ, VM 1. Sequence of Items, each Item describing a Presentation Group of one or more waveform channels to be displayed together. A Presentation Group is conventionally denoted a \"display page\", and a waveform object may be rendered using several Pre..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnalogFilterCharacteristicsSequenceItem": (
        "dicomodel.items.analog_filter_characteristics_sequence_item",
        "AnalogFilterCharacteristicsSequenceItem",
    ),
    "AnalogFilterTypeItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ChannelDefinitionSequenceItem": (
        "dicomodel.items.channel_definition_sequence_item",
        "ChannelDefinitionSequenceItem",
    ),
    "ChannelDisplaySequenceItem": (
        "dicomodel.items.channel_display_sequence_item",
        "ChannelDisplaySequenceItem",
    ),
    "ChannelImpedanceSequenceItem": (
        "dicomodel.items.channel_impedance_sequence_item",
        "ChannelImpedanceSequenceItem",
    ),
    "ChannelSensitivityUnitsSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ChannelSourceModifiersSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ChannelSourceSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DigitalFilterCharacteristicsSequenceItem": (
        "dicomodel.items.digital_filter_characteristics_sequence_item",
        "DigitalFilterCharacteristicsSequenceItem",
    ),
    "DigitalFilterTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DisplayShadingFlag": ("dicomodel.enums.display_shading_flag", "DisplayShadingFlag"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FilterHighFrequencyCharacteristicsSequenceItem": (
        "dicomodel.items.waveform_filter_characteristics_item",
        "WaveformFilterCharacteristicsItem",
    ),
    "FilterLookupTableSequenceItem": (
        "dicomodel.items.waveform_filter_lookup_table_item",
        "WaveformFilterLookupTableItem",
    ),
    "FilterLowFrequencyCharacteristicsSequenceItem": (
        "dicomodel.items.waveform_filter_characteristics_item",
        "WaveformFilterCharacteristicsItem",
    ),
    "FrequencyEncodingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ImpedanceMeasurementCurrentTypeTerm": (
        "dicomodel.enums.impedance_measurement_current_type",
        "ImpedanceMeasurementCurrentTypeTerm",
    ),
    "MagnitudeEncodingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "NotchFilterCharacteristicsSequenceItem": (
        "dicomodel.items.waveform_filter_characteristics_item",
        "WaveformFilterCharacteristicsItem",
    ),
    "SourceWaveformSequenceItem": (
        "dicomodel.items.source_waveform_sequence_item",
        "SourceWaveformSequenceItem",
    ),
    "SummarizedFilterLookupTableItem": (
        "dicomodel.items.waveform_filter_lookup_table_item",
        "WaveformFilterLookupTableItem",
    ),
    "WaveformAmplifierType": ("dicomodel.enums.waveform_amplifier_type", "WaveformAmplifierType"),
    "WaveformFilterType": ("dicomodel.enums.waveform_filter_type", "WaveformFilterType"),
    "WaveformOriginality": ("dicomodel.enums.waveform_originality", "WaveformOriginality"),
    "WaveformPresentationGroupSequenceItem": (
        "dicomodel.items.waveform_presentation_group_sequence_item",
        "WaveformPresentationGroupSequenceItem",
    ),
    "WaveformSampleInterpretationTerm": (
        "dicomodel.enums.waveform_sample_interpretation",
        "WaveformSampleInterpretationTerm",
    ),
    "WaveformSequenceItem": ("dicomodel.items.waveform_sequence_item", "WaveformSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
