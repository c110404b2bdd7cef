"""Ophthalmic Axial Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ophthalmic_axial_measurements_device_type import (
        OphthalmicAxialMeasurementsDeviceTypeTerm as _OphthalmicAxialMeasurementsDeviceTypeTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item import (
        OphthalmicAxialMeasurementsRightEyeSequenceItem as _OphthalmicAxialMeasurementsRightEyeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _OphthalmicAxialMeasurementsDeviceTypeTerm = Lazy(
        "dicomodel.enums.ophthalmic_axial_measurements_device_type",
        "OphthalmicAxialMeasurementsDeviceTypeTerm",
    )
    _OphthalmicAxialMeasurementsRightEyeSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item",
        "OphthalmicAxialMeasurementsRightEyeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.ophthalmic_axial_length_measurement_modified import (
        OphthalmicAxialLengthMeasurementModified as OphthalmicAxialLengthMeasurementModified,
    )
    from dicomodel.enums.ophthalmic_axial_measurements_device_type import (
        OphthalmicAxialMeasurementsDeviceTypeTerm as OphthalmicAxialMeasurementsDeviceTypeTerm,
    )
    from dicomodel.enums.pupil_dilated import PupilDilated as PupilDilated
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnteriorChamberDepthDefinitionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LensStatusCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MydriaticAgentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MydriaticAgentConcentrationUnitsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicUltrasoundMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VitreousStatusCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.mydriatic_agent_sequence_item import (
        MydriaticAgentSequenceItem as MydriaticAgentSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item import (
        OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem as OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_sequence_item import (
        OphthalmicAxialLengthMeasurementsSequenceItem as OphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item import (
        OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem as OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_quality_metric_item import (
        OphthalmicAxialLengthQualityMetricItem as OphthalmicAxialLengthQualityMetricSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_segmental_measurements_item import (
        OphthalmicAxialLengthSegmentalMeasurementsItem as OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item import (
        OphthalmicAxialMeasurementsRightEyeSequenceItem as OphthalmicAxialMeasurementsLeftEyeSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item import (
        OphthalmicAxialMeasurementsRightEyeSequenceItem as OphthalmicAxialMeasurementsRightEyeSequenceItem,
    )
    from dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item import (
        OpticalOphthalmicAxialLengthMeasurementsSequenceItem as OpticalOphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item import (
        OpticalSelectedOphthalmicAxialLengthSequenceItem as OpticalSelectedOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item import (
        SelectedTotalOphthalmicAxialLengthSequenceItem as SelectedTotalOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item import (
        UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem as UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item import (
        UltrasoundSelectedOphthalmicAxialLengthSequenceItem as UltrasoundSelectedOphthalmicAxialLengthSequenceItem,
    )

__all__ = [
    "AnteriorChamberDepthDefinitionCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LensStatusCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MydriaticAgentCodeSequenceItem",
    "MydriaticAgentConcentrationUnitsSequenceItem",
    "MydriaticAgentSequenceItem",
    "ObserverType",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementModified",
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem",
    "OphthalmicAxialLengthMeasurementsSequenceItem",
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    "OphthalmicAxialLengthQualityMetricSequenceItem",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialMeasurementsDeviceTypeTerm",
    "OphthalmicAxialMeasurementsLeftEyeSequenceItem",
    "OphthalmicAxialMeasurementsModule",
    "OphthalmicAxialMeasurementsRightEyeSequenceItem",
    "OphthalmicUltrasoundMethodCodeSequenceItem",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    "PupilDilated",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "SelectedTotalOphthalmicAxialLengthSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
    "VitreousStatusCodeSequenceItem",
]


class OphthalmicAxialMeasurementsModule(DicomModel):
    """Ophthalmic Axial Measurements Module Attributes (PS3.3 Table C.8.25.14-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.14-1"

    OphthalmicAxialMeasurementsDeviceType: Annotated[
        _OphthalmicAxialMeasurementsDeviceTypeTerm | vr.CS,
        Attribute(0x00221009, "CS", "1", "1", name="Ophthalmic Axial Measurements Device Type"),
    ]
    """Ophthalmic Axial Measurements Device Type (0022,1009): Type 1, VR CS, VM 1. Describes the type of ophthalmic axial measurement acquisition device. Defined Terms: ULTRASOUND OPTICAL"""

    OphthalmicUltrasoundMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00221044,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Ultrasound Method Code Sequence",
            when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
        ),
    ] = None
    """Ophthalmic Ultrasound Method Code Sequence (0022,1044): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND. The method used for obtaining axial measurements of the eye. Only a single Item shall be included in this Sequence. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND."""

    AnteriorChamberDepthDefinitionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00221125, "SQ", "1", "3", name="Anterior Chamber Depth Definition Code Sequence"
        ),
    ] = None
    """Anterior Chamber Depth Definition Code Sequence (0022,1125): Type 3, VR SQ, VM 1. The definition of anterior chamber depth for this instrument. Only a single Item is permitted in this Sequence."""

    OphthalmicAxialMeasurementsRightEyeSequence: Annotated[
        list[_OphthalmicAxialMeasurementsRightEyeSequenceItem] | None,
        Attribute(
            0x00221007,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Axial Measurements Right Eye Sequence",
            when=("unknown", "names no attribute: the right eye is measured"),
        ),
    ] = None
    """Ophthalmic Axial Measurements Right Eye Sequence (0022,1007): Type 1C, VR SQ, VM 1. Required if the right eye is measured. Axial measurements of a patient's right eye. Only a single Item shall be included in this Sequence. Required if the right eye is measured."""

    OphthalmicAxialMeasurementsLeftEyeSequence: Annotated[
        list[_OphthalmicAxialMeasurementsRightEyeSequenceItem] | None,
        Attribute(
            0x00221008,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Axial Measurements Left Eye Sequence",
            when=("unknown", "names no attribute: the left eye is measured"),
        ),
    ] = None
    """Ophthalmic Axial Measurements Left Eye Sequence (0022,1008): Type 1C, VR SQ, VM 1. Required if the left eye is measured. Axial measurements of a patient's left eye. Only a single Item shall be included in this Sequence. Required if the left eye is measured."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnteriorChamberDepthDefinitionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "LensStatusCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MydriaticAgentCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MydriaticAgentConcentrationUnitsSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MydriaticAgentSequenceItem": (
        "dicomodel.items.mydriatic_agent_sequence_item",
        "MydriaticAgentSequenceItem",
    ),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OphthalmicAxialLengthDataSourceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementModified": (
        "dicomodel.enums.ophthalmic_axial_length_measurement_modified",
        "OphthalmicAxialLengthMeasurementModified",
    ),
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item",
        "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_segmental_measurements_item",
        "OphthalmicAxialLengthSegmentalMeasurementsItem",
    ),
    "OphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_measurements_sequence_item",
        "OphthalmicAxialLengthMeasurementsSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item",
        "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    ),
    "OphthalmicAxialLengthQualityMetricSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_quality_metric_item",
        "OphthalmicAxialLengthQualityMetricItem",
    ),
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialMeasurementsDeviceTypeTerm": (
        "dicomodel.enums.ophthalmic_axial_measurements_device_type",
        "OphthalmicAxialMeasurementsDeviceTypeTerm",
    ),
    "OphthalmicAxialMeasurementsLeftEyeSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item",
        "OphthalmicAxialMeasurementsRightEyeSequenceItem",
    ),
    "OphthalmicAxialMeasurementsRightEyeSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item",
        "OphthalmicAxialMeasurementsRightEyeSequenceItem",
    ),
    "OphthalmicUltrasoundMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item",
        "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    ),
    "OpticalSelectedOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item",
        "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    ),
    "PupilDilated": ("dicomodel.enums.pupil_dilated", "PupilDilated"),
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    ),
    "SelectedTotalOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item",
        "SelectedTotalOphthalmicAxialLengthSequenceItem",
    ),
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item",
        "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
    ),
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item",
        "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
    ),
    "VitreousStatusCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
