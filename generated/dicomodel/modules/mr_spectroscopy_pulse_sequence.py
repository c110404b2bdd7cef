"""MR Spectroscopy Pulse Sequence Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
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
    from dicomodel.enums.mr_spectroscopy_acquisition_type import (
        MRSpectroscopyAcquisitionTypeTerm as _MRSpectroscopyAcquisitionTypeTerm,
    )
    from dicomodel.enums.multi_planar_excitation import (
        MultiPlanarExcitationValue as _MultiPlanarExcitationValue,
    )
    from dicomodel.enums.multiple_spin_echo import MultipleSpinEchoValue as _MultipleSpinEchoValue
    from dicomodel.enums.rectilinear_phase_encode_reordering import (
        RectilinearPhaseEncodeReorderingTerm as _RectilinearPhaseEncodeReorderingTerm,
    )
    from dicomodel.enums.segmented_k_space_traversal import (
        SegmentedKSpaceTraversalValue as _SegmentedKSpaceTraversalValue,
    )
    from dicomodel.enums.spectrally_selected_suppression import (
        SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence as _SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence,
    )
    from dicomodel.enums.steady_state_pulse_sequence import (
        SteadyStatePulseSequenceTerm as _SteadyStatePulseSequenceTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _CoverageOfKSpaceTerm = Lazy("dicomodel.enums.coverage_of_k_space", "CoverageOfKSpaceTerm")
    _EchoPlanarPulseSequenceValue = Lazy(
        "dicomodel.enums.echo_planar_pulse_sequence", "EchoPlanarPulseSequenceValue"
    )
    _EchoPulseSequenceValue = Lazy("dicomodel.enums.echo_pulse_sequence", "EchoPulseSequenceValue")
    _GeometryOfKSpaceTraversalTerm = Lazy(
        "dicomodel.enums.geometry_of_k_space_traversal", "GeometryOfKSpaceTraversalTerm"
    )
    _MRSpectroscopyAcquisitionTypeTerm = Lazy(
        "dicomodel.enums.mr_spectroscopy_acquisition_type", "MRSpectroscopyAcquisitionTypeTerm"
    )
    _MultiPlanarExcitationValue = Lazy(
        "dicomodel.enums.multi_planar_excitation", "MultiPlanarExcitationValue"
    )
    _MultipleSpinEchoValue = Lazy("dicomodel.enums.multiple_spin_echo", "MultipleSpinEchoValue")
    _RectilinearPhaseEncodeReorderingTerm = Lazy(
        "dicomodel.enums.rectilinear_phase_encode_reordering",
        "RectilinearPhaseEncodeReorderingTerm",
    )
    _SegmentedKSpaceTraversalValue = Lazy(
        "dicomodel.enums.segmented_k_space_traversal", "SegmentedKSpaceTraversalValue"
    )
    _SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence = Lazy(
        "dicomodel.enums.spectrally_selected_suppression",
        "SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence",
    )
    _SteadyStatePulseSequenceTerm = Lazy(
        "dicomodel.enums.steady_state_pulse_sequence", "SteadyStatePulseSequenceTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.coverage_of_k_space import CoverageOfKSpaceTerm as CoverageOfKSpaceTerm
    from dicomodel.enums.echo_planar_pulse_sequence import (
        EchoPlanarPulseSequence as EchoPlanarPulseSequence,
    )
    from dicomodel.enums.echo_pulse_sequence import EchoPulseSequence as EchoPulseSequence
    from dicomodel.enums.geometry_of_k_space_traversal import (
        GeometryOfKSpaceTraversalTerm as GeometryOfKSpaceTraversalTerm,
    )
    from dicomodel.enums.mr_spectroscopy_acquisition_type import (
        MRSpectroscopyAcquisitionTypeTerm as MRSpectroscopyAcquisitionTypeTerm,
    )
    from dicomodel.enums.multi_planar_excitation import (
        MultiPlanarExcitation as MultiPlanarExcitation,
    )
    from dicomodel.enums.multiple_spin_echo import MultipleSpinEcho as MultipleSpinEcho
    from dicomodel.enums.rectilinear_phase_encode_reordering import (
        RectilinearPhaseEncodeReorderingTerm as RectilinearPhaseEncodeReorderingTerm,
    )
    from dicomodel.enums.segmented_k_space_traversal import (
        SegmentedKSpaceTraversal as SegmentedKSpaceTraversal,
    )
    from dicomodel.enums.spectrally_selected_suppression import (
        SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence as SpectrallySelectedSuppressionTerm,
    )
    from dicomodel.enums.steady_state_pulse_sequence import (
        SteadyStatePulseSequenceTerm as SteadyStatePulseSequenceTerm,
    )

__all__ = [
    "CoverageOfKSpaceTerm",
    "EchoPlanarPulseSequence",
    "EchoPulseSequence",
    "GeometryOfKSpaceTraversalTerm",
    "MRSpectroscopyAcquisitionTypeTerm",
    "MRSpectroscopyPulseSequenceModule",
    "MultiPlanarExcitation",
    "MultipleSpinEcho",
    "RectilinearPhaseEncodeReorderingTerm",
    "SegmentedKSpaceTraversal",
    "SpectrallySelectedSuppressionTerm",
    "SteadyStatePulseSequenceTerm",
]


class MRSpectroscopyPulseSequenceModule(DicomModel):
    """MR Spectroscopy Pulse Sequence Module Attributes (PS3.3 Table C.8-103)."""

    dicom_name: ClassVar[str] = "MR Spectroscopy Pulse Sequence"
    dicom_table: ClassVar[str] = "table_C.8-103"

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

    MRSpectroscopyAcquisitionType: Annotated[
        _MRSpectroscopyAcquisitionTypeTerm | vr.CS | None,
        Attribute(
            0x00189200,
            "CS",
            "1",
            "1C",
            name="MR Spectroscopy Acquisition Type",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """MR Spectroscopy Acquisition Type (0018,9200): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Identification of data encoding scheme. Defined Terms: SINGLE_VOXEL ROW PLANE VOLUME Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

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
    """Echo Planar Pulse Sequence (0018,9018): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Echo Planar category of pulse sequences. Enumerated Values: YES NO Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

    SpectrallySelectedSuppression: Annotated[
        _SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence | vr.CS | None,
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
    """Spectrally Selected Suppression (0018,9025): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Spectrally Selected Suppression. Defined Terms: WATER FAT FAT_AND_WATER SILICON_GEL NONE Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise."""

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
    """Rectilinear Phase Encode Reordering (0018,9034): Type 1C, VR CS, VM 1. Required if Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Geometry of k-Space Traversal (0018,9032) equals RECTILINEAR. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Geometry of k-Space Traversal (0018,9032) equals RECTILINEAR. Rectilinear phase encode reordering. Defined Terms: LINEAR CENTRIC SEGMENTED REVERSE_LINEAR REVERSE_CENTRIC Required if Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Geometry of k-Space Traversal (0018,9032) equals REC..."""

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
                ("value", 0x00189200, 0, "in", ("VOLUME",)),
            ),
        ),
    ] = None
    """Coverage of k-Space (0018,9094): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and MR Spectroscopy Acquisition Type (0018,9200) equals VOLUME. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and MR Spectroscopy Acquisition Type (0018,9200) equals VOLUME. Coverage of k-Space. Defined Terms: FULL CYLINDRICAL ELLIPSOIDAL WEIGHTED Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and MR Spectroscopy Acquisition Type (0018,9200) equals VOLUME."""

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

    EchoPeakPosition: Annotated[
        vr.IS | None, Attribute(0x00189298, "IS", "1", "3", name="Echo Peak Position")
    ] = None
    """Echo Peak Position (0018,9298): Type 3, VR IS, VM 1. Number specifying the sample that coincides with the echo peak used during acquisition of the data. First sample will be numbered 1."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
    "MRSpectroscopyAcquisitionTypeTerm": (
        "dicomodel.enums.mr_spectroscopy_acquisition_type",
        "MRSpectroscopyAcquisitionTypeTerm",
    ),
    "MultiPlanarExcitation": ("dicomodel.enums.multi_planar_excitation", "MultiPlanarExcitation"),
    "MultipleSpinEcho": ("dicomodel.enums.multiple_spin_echo", "MultipleSpinEcho"),
    "RectilinearPhaseEncodeReorderingTerm": (
        "dicomodel.enums.rectilinear_phase_encode_reordering",
        "RectilinearPhaseEncodeReorderingTerm",
    ),
    "SegmentedKSpaceTraversal": (
        "dicomodel.enums.segmented_k_space_traversal",
        "SegmentedKSpaceTraversal",
    ),
    "SpectrallySelectedSuppressionTerm": (
        "dicomodel.enums.spectrally_selected_suppression",
        "SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence",
    ),
    "SteadyStatePulseSequenceTerm": (
        "dicomodel.enums.steady_state_pulse_sequence",
        "SteadyStatePulseSequenceTerm",
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
