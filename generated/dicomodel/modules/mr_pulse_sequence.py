"""MR Pulse Sequence Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.arterial_spin_labeling_contrast import (
        ArterialSpinLabelingContrastValue as _ArterialSpinLabelingContrastValue,
    )
    from dicomodel.enums.coverage_of_k_space import CoverageOfKSpaceTerm as _CoverageOfKSpaceTerm
    from dicomodel.enums.echo_planar_pulse_sequence import (
        EchoPlanarPulseSequenceValue as _EchoPlanarPulseSequenceValue,
    )
    from dicomodel.enums.echo_pulse_sequence import (
        EchoPulseSequenceValue as _EchoPulseSequenceValue,
    )
    from dicomodel.enums.geometry_of_k_space_traversal import (
        GeometryOfKSpaceTraversalTerm as _GeometryOfKSpaceTraversalTerm,
    )
    from dicomodel.enums.mr_acquisition_type import MRAcquisitionTypeTerm as _MRAcquisitionTypeTerm
    from dicomodel.enums.multi_planar_excitation import (
        MultiPlanarExcitationValue as _MultiPlanarExcitationValue,
    )
    from dicomodel.enums.multiple_spin_echo import MultipleSpinEchoValue as _MultipleSpinEchoValue
    from dicomodel.enums.oversampling_phase import OversamplingPhaseValue as _OversamplingPhaseValue
    from dicomodel.enums.phase_contrast import PhaseContrastValue as _PhaseContrastValue
    from dicomodel.enums.rectilinear_phase_encode_reordering import (
        RectilinearPhaseEncodeReorderingTerm as _RectilinearPhaseEncodeReorderingTerm,
    )
    from dicomodel.enums.saturation_recovery import (
        SaturationRecoveryValue as _SaturationRecoveryValue,
    )
    from dicomodel.enums.segmented_k_space_traversal import (
        SegmentedKSpaceTraversalValue as _SegmentedKSpaceTraversalValue,
    )
    from dicomodel.enums.spectrally_selected_suppression import (
        SpectrallySelectedSuppressionTerm as _SpectrallySelectedSuppressionTerm,
    )
    from dicomodel.enums.steady_state_pulse_sequence import (
        SteadyStatePulseSequenceTerm as _SteadyStatePulseSequenceTerm,
    )
    from dicomodel.enums.time_of_flight_contrast import (
        TimeOfFlightContrastValue as _TimeOfFlightContrastValue,
    )
    from dicomodel.items.velocity_encoding_acquisition_sequence_item import (
        VelocityEncodingAcquisitionSequenceItem as _VelocityEncodingAcquisitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ArterialSpinLabelingContrastValue = Lazy(
        "dicomodel.enums.arterial_spin_labeling_contrast", "ArterialSpinLabelingContrastValue"
    )
    _CoverageOfKSpaceTerm = Lazy("dicomodel.enums.coverage_of_k_space", "CoverageOfKSpaceTerm")
    _EchoPlanarPulseSequenceValue = Lazy(
        "dicomodel.enums.echo_planar_pulse_sequence", "EchoPlanarPulseSequenceValue"
    )
    _EchoPulseSequenceValue = Lazy("dicomodel.enums.echo_pulse_sequence", "EchoPulseSequenceValue")
    _GeometryOfKSpaceTraversalTerm = Lazy(
        "dicomodel.enums.geometry_of_k_space_traversal", "GeometryOfKSpaceTraversalTerm"
    )
    _MRAcquisitionTypeTerm = Lazy("dicomodel.enums.mr_acquisition_type", "MRAcquisitionTypeTerm")
    _MultiPlanarExcitationValue = Lazy(
        "dicomodel.enums.multi_planar_excitation", "MultiPlanarExcitationValue"
    )
    _MultipleSpinEchoValue = Lazy("dicomodel.enums.multiple_spin_echo", "MultipleSpinEchoValue")
    _OversamplingPhaseValue = Lazy("dicomodel.enums.oversampling_phase", "OversamplingPhaseValue")
    _PhaseContrastValue = Lazy("dicomodel.enums.phase_contrast", "PhaseContrastValue")
    _RectilinearPhaseEncodeReorderingTerm = Lazy(
        "dicomodel.enums.rectilinear_phase_encode_reordering",
        "RectilinearPhaseEncodeReorderingTerm",
    )
    _SaturationRecoveryValue = Lazy(
        "dicomodel.enums.saturation_recovery", "SaturationRecoveryValue"
    )
    _SegmentedKSpaceTraversalValue = Lazy(
        "dicomodel.enums.segmented_k_space_traversal", "SegmentedKSpaceTraversalValue"
    )
    _SpectrallySelectedSuppressionTerm = Lazy(
        "dicomodel.enums.spectrally_selected_suppression", "SpectrallySelectedSuppressionTerm"
    )
    _SteadyStatePulseSequenceTerm = Lazy(
        "dicomodel.enums.steady_state_pulse_sequence", "SteadyStatePulseSequenceTerm"
    )
    _TimeOfFlightContrastValue = Lazy(
        "dicomodel.enums.time_of_flight_contrast", "TimeOfFlightContrastValue"
    )
    _VelocityEncodingAcquisitionSequenceItem = Lazy(
        "dicomodel.items.velocity_encoding_acquisition_sequence_item",
        "VelocityEncodingAcquisitionSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.arterial_spin_labeling_contrast import (
        ArterialSpinLabelingContrast as ArterialSpinLabelingContrast,
    )
    from dicomodel.enums.coverage_of_k_space import CoverageOfKSpaceTerm as CoverageOfKSpaceTerm
    from dicomodel.enums.echo_planar_pulse_sequence import (
        EchoPlanarPulseSequence as EchoPlanarPulseSequence,
    )
    from dicomodel.enums.echo_pulse_sequence import EchoPulseSequence as EchoPulseSequence
    from dicomodel.enums.geometry_of_k_space_traversal import (
        GeometryOfKSpaceTraversalTerm as GeometryOfKSpaceTraversalTerm,
    )
    from dicomodel.enums.mr_acquisition_type import MRAcquisitionTypeTerm as MRAcquisitionTypeTerm
    from dicomodel.enums.multi_planar_excitation import (
        MultiPlanarExcitation as MultiPlanarExcitation,
    )
    from dicomodel.enums.multiple_spin_echo import MultipleSpinEcho as MultipleSpinEcho
    from dicomodel.enums.oversampling_phase import OversamplingPhase as OversamplingPhase
    from dicomodel.enums.phase_contrast import PhaseContrast as PhaseContrast
    from dicomodel.enums.rectilinear_phase_encode_reordering import (
        RectilinearPhaseEncodeReorderingTerm as RectilinearPhaseEncodeReorderingTerm,
    )
    from dicomodel.enums.saturation_recovery import SaturationRecovery as SaturationRecovery
    from dicomodel.enums.segmented_k_space_traversal import (
        SegmentedKSpaceTraversal as SegmentedKSpaceTraversal,
    )
    from dicomodel.enums.spectrally_selected_suppression import (
        SpectrallySelectedSuppressionTerm as SpectrallySelectedSuppressionTerm,
    )
    from dicomodel.enums.steady_state_pulse_sequence import (
        SteadyStatePulseSequenceTerm as SteadyStatePulseSequenceTerm,
    )
    from dicomodel.enums.time_of_flight_contrast import TimeOfFlightContrast as TimeOfFlightContrast
    from dicomodel.items.velocity_encoding_acquisition_sequence_item import (
        VelocityEncodingAcquisitionSequenceItem as VelocityEncodingAcquisitionSequenceItem,
    )

__all__ = [
    "ArterialSpinLabelingContrast",
    "CoverageOfKSpaceTerm",
    "EchoPlanarPulseSequence",
    "EchoPulseSequence",
    "GeometryOfKSpaceTraversalTerm",
    "MRAcquisitionTypeTerm",
    "MRPulseSequenceModule",
    "MultiPlanarExcitation",
    "MultipleSpinEcho",
    "OversamplingPhase",
    "PhaseContrast",
    "RectilinearPhaseEncodeReorderingTerm",
    "SaturationRecovery",
    "SegmentedKSpaceTraversal",
    "SpectrallySelectedSuppressionTerm",
    "SteadyStatePulseSequenceTerm",
    "TimeOfFlightContrast",
    "VelocityEncodingAcquisitionSequenceItem",
]


class MRPulseSequenceModule(DicomModel):
    """MR Pulse Sequence Module Attributes (PS3.3 Table C.8-87)."""

    dicom_name: ClassVar[str] = "MR Pulse Sequence"
    dicom_table: ClassVar[str] = "table_C.8-87"

    PulseSequenceName: Annotated[
        vr.SH | None,
        Attribute(
            0x00189005,
            "SH",
            "1",
            "1C",
            name="Pulse Sequence Name",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Pulse Sequence Name (0018,9005): Type 1C, VR SH, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Name of the pulse sequence for annotation purposes. Potentially vendor-specific name. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    MRAcquisitionType: Annotated[
        _MRAcquisitionTypeTerm | vr.CS | None,
        Attribute(
            0x00180023,
            "CS",
            "1",
            "1C",
            name="MR Acquisition Type",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """MR Acquisition Type (0018,0023): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Identification of spatial data encoding scheme. Defined Terms: 1D 2D 3D Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    EchoPulseSequence: Annotated[
        _EchoPulseSequenceValue | None,
        Attribute(
            0x00189008,
            "CS",
            "1",
            "1C",
            name="Echo Pulse Sequence",
            enumerated=((0, ("SPIN", "GRADIENT", "BOTH")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Echo Pulse Sequence (0018,9008): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Echo category of pulse sequences. Enumerated Values: SPIN GRADIENT BOTH Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    MultipleSpinEcho: Annotated[
        _MultipleSpinEchoValue | None,
        Attribute(
            0x00189011,
            "CS",
            "1",
            "1C",
            name="Multiple Spin Echo",
            enumerated=((0, ("YES", "NO")),),
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189008, 0, "in", ("SPIN", "BOTH")),
            ),
        ),
    ] = None
    """Multiple Spin Echo (0018,9011): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Echo Pulse Sequence (0018,9008) equals SPIN or BOTH. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Echo Pulse Sequence (0018,9008) equals SPIN or BOTH. Multiple Spin Echo category of pulse sequence used to collect different lines in k-space for a single frame. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Echo Pulse Sequence (0018,9008) equal..."""

    MultiPlanarExcitation: Annotated[
        _MultiPlanarExcitationValue | None,
        Attribute(
            0x00189012,
            "CS",
            "1",
            "1C",
            name="Multi-planar Excitation",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Multi-planar Excitation (0018,9012): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Technique that simultaneously excites several volumes. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    PhaseContrast: Annotated[
        _PhaseContrastValue | None,
        Attribute(
            0x00189014,
            "CS",
            "1",
            "1C",
            name="Phase Contrast",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Phase Contrast (0018,9014): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Phase contrast pulse sequence is a pulse sequence in which the flowing spins are velocity encoded in phase. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    VelocityEncodingAcquisitionSequence: Annotated[
        list[_VelocityEncodingAcquisitionSequenceItem] | None,
        Attribute(
            0x00189092,
            "SQ",
            "1",
            "1C",
            name="Velocity Encoding Acquisition Sequence",
            when=("value", 0x00189014, 0, "in", ("YES",)),
        ),
    ] = None
    """Velocity Encoding Acquisition Sequence (0018,9092): Type 1C, VR SQ, VM 1. Required if Phase Contrast (0018,9014) equals YES. Velocity encoding directions used for acquisition. Required if Phase Contrast (0018,9014) equals YES. One or more Items shall be included in this Sequence."""

    TimeOfFlightContrast: Annotated[
        _TimeOfFlightContrastValue | None,
        Attribute(
            0x00189015,
            "CS",
            "1",
            "1C",
            name="Time of Flight Contrast",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Time of Flight Contrast (0018,9015): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Time of Flight contrast is created by the inflow of blood in the saturated plane. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    ArterialSpinLabelingContrast: Annotated[
        _ArterialSpinLabelingContrastValue | None,
        Attribute(
            0x00189250,
            "CS",
            "1",
            "1C",
            name="Arterial Spin Labeling Contrast",
            enumerated=((0, ("CONTINUOUS", "PSEUDOCONTINUOUS", "PULSED")),),
            when=("value", 0x00080008, 3, "in", ("ASL",)),
            otherwise="may",
        ),
    ] = None
    """Arterial Spin Labeling Contrast (0018,9250): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 3 is ASL. May be present otherwise. Arterial Spin Labeling contrast technique. Enumerated Values: CONTINUOUS a single long low powered RF pulse PSEUDOCONTINUOUS multiple short low powered RF pulses PULSED a single short high powered RF pulse Required if Image Type (0008,0008)..."""

    SteadyStatePulseSequence: Annotated[
        _SteadyStatePulseSequenceTerm | vr.CS | None,
        Attribute(
            0x00189017,
            "CS",
            "1",
            "1C",
            name="Steady State Pulse Sequence",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Steady State Pulse Sequence (0018,9017): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Steady State Sequence. Defined Terms: FREE_PRECESSION TRANSVERSE TIME_REVERSED LONGITUDINAL NONE Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    EchoPlanarPulseSequence: Annotated[
        _EchoPlanarPulseSequenceValue | None,
        Attribute(
            0x00189018,
            "CS",
            "1",
            "1C",
            name="Echo Planar Pulse Sequence",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Echo Planar Pulse Sequence (0018,9018): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Echo Planar category of Pulse Sequences. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    SaturationRecovery: Annotated[
        _SaturationRecoveryValue | None,
        Attribute(
            0x00189024,
            "CS",
            "1",
            "1C",
            name="Saturation Recovery",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Saturation Recovery (0018,9024): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Saturation recovery pulse sequence. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    SpectrallySelectedSuppression: Annotated[
        _SpectrallySelectedSuppressionTerm | vr.CS | None,
        Attribute(
            0x00189025,
            "CS",
            "1",
            "1C",
            name="Spectrally Selected Suppression",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Spectrally Selected Suppression (0018,9025): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Spectrally Selected Suppression. Defined Terms: FAT WATER FAT_AND_WATER SILICON_GEL NONE Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    OversamplingPhase: Annotated[
        _OversamplingPhaseValue | None,
        Attribute(
            0x00189029,
            "CS",
            "1",
            "1C",
            name="Oversampling Phase",
            enumerated=((0, ("2D", "3D", "2D_3D", "NONE")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Oversampling Phase (0018,9029): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Oversampling Phase. Enumerated Values: 2D phase direction 3D out of plane direction 2D_3D both NONE Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    GeometryOfKSpaceTraversal: Annotated[
        _GeometryOfKSpaceTraversalTerm | vr.CS | None,
        Attribute(
            0x00189032,
            "CS",
            "1",
            "1C",
            name="Geometry of k-Space Traversal",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Geometry of k-Space Traversal (0018,9032): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Geometry category of k-Space traversal. Defined Terms: RECTILINEAR RADIAL SPIRAL Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    RectilinearPhaseEncodeReordering: Annotated[
        _RectilinearPhaseEncodeReorderingTerm | vr.CS | None,
        Attribute(
            0x00189034,
            "CS",
            "1",
            "1C",
            name="Rectilinear Phase Encode Reordering",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189032, 0, "in", ("RECTILINEAR",)),
            ),
        ),
    ] = None
    """Rectilinear Phase Encode Reordering (0018,9034): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Geometry of k-Space Traversal (0018,9032) equals RECTILINEAR. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Geometry of k-Space Traversal (0018,9032) equals RECTILINEAR. Rectilinear phase encode reordering. Defined Terms: LINEAR CENTRIC SEGMENTED REVERSE_LINEAR REVERSE_CENTRIC Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Geometry of k-Space Traversal (0018,9032) equals RECTILINEAR."""

    SegmentedKSpaceTraversal: Annotated[
        _SegmentedKSpaceTraversalValue | None,
        Attribute(
            0x00189033,
            "CS",
            "1",
            "1C",
            name="Segmented k-Space Traversal",
            enumerated=((0, ("SINGLE", "PARTIAL", "FULL")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Segmented k-Space Traversal (0018,9033): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Segmented k-Space traversal. If Geometry of k-Space Traversal is rectilinear, multiple lines can be acquired at one time. If Geometry of k-Space Traversal is spiral or radial, paths can be interleaved and acquired at one time."""

    CoverageOfKSpace: Annotated[
        _CoverageOfKSpaceTerm | vr.CS | None,
        Attribute(
            0x00189094,
            "CS",
            "1",
            "1C",
            name="Coverage of k-Space",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00180023, 0, "in", ("3D",)),
            ),
        ),
    ] = None
    """Coverage of k-Space (0018,9094): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and MR Acquisition Type (0018,0023) equals 3D. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and MR Acquisition Type (0018,0023) equals 3D. Coverage of k-Space in the ky-kz plane. Defined Terms: FULL CYLINDRICAL ELLIPSOIDAL WEIGHTED Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and MR Acquisition Type (0018,0023) equals 3D."""

    NumberOfKSpaceTrajectories: Annotated[
        vr.US | None,
        Attribute(
            0x00189093,
            "US",
            "1",
            "1C",
            name="Number of k-Space Trajectories",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Number of k-Space Trajectories (0018,9093): Type 1C, VR US, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Number of interleaves or shots. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ArterialSpinLabelingContrast": (
        "dicomodel.enums.arterial_spin_labeling_contrast",
        "ArterialSpinLabelingContrast",
    ),
    "CoverageOfKSpaceTerm": ("dicomodel.enums.coverage_of_k_space", "CoverageOfKSpaceTerm"),
    "EchoPlanarPulseSequence": (
        "dicomodel.enums.echo_planar_pulse_sequence",
        "EchoPlanarPulseSequence",
    ),
    "EchoPulseSequence": ("dicomodel.enums.echo_pulse_sequence", "EchoPulseSequence"),
    "GeometryOfKSpaceTraversalTerm": (
        "dicomodel.enums.geometry_of_k_space_traversal",
        "GeometryOfKSpaceTraversalTerm",
    ),
    "MRAcquisitionTypeTerm": ("dicomodel.enums.mr_acquisition_type", "MRAcquisitionTypeTerm"),
    "MultiPlanarExcitation": ("dicomodel.enums.multi_planar_excitation", "MultiPlanarExcitation"),
    "MultipleSpinEcho": ("dicomodel.enums.multiple_spin_echo", "MultipleSpinEcho"),
    "OversamplingPhase": ("dicomodel.enums.oversampling_phase", "OversamplingPhase"),
    "PhaseContrast": ("dicomodel.enums.phase_contrast", "PhaseContrast"),
    "RectilinearPhaseEncodeReorderingTerm": (
        "dicomodel.enums.rectilinear_phase_encode_reordering",
        "RectilinearPhaseEncodeReorderingTerm",
    ),
    "SaturationRecovery": ("dicomodel.enums.saturation_recovery", "SaturationRecovery"),
    "SegmentedKSpaceTraversal": (
        "dicomodel.enums.segmented_k_space_traversal",
        "SegmentedKSpaceTraversal",
    ),
    "SpectrallySelectedSuppressionTerm": (
        "dicomodel.enums.spectrally_selected_suppression",
        "SpectrallySelectedSuppressionTerm",
    ),
    "SteadyStatePulseSequenceTerm": (
        "dicomodel.enums.steady_state_pulse_sequence",
        "SteadyStatePulseSequenceTerm",
    ),
    "TimeOfFlightContrast": ("dicomodel.enums.time_of_flight_contrast", "TimeOfFlightContrast"),
    "VelocityEncodingAcquisitionSequenceItem": (
        "dicomodel.items.velocity_encoding_acquisition_sequence_item",
        "VelocityEncodingAcquisitionSequenceItem",
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
