"""Presence rules of MR Spectroscopy Pulse Sequence Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRSpectroscopyPulseSequenceModule = (
    "table_C.8-103",
    (
        (
            "PulseSequenceName",
            Attribute(
                0x00189005,
                "SH",
                "1",
                "1C",
                name="Pulse Sequence Name",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                otherwise="may",
            ),
            None,
        ),
        (
            "MRSpectroscopyAcquisitionType",
            Attribute(
                0x00189200,
                "CS",
                "1",
                "1C",
                name="MR Spectroscopy Acquisition Type",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                otherwise="may",
            ),
            None,
        ),
        (
            "EchoPulseSequence",
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
            None,
        ),
        (
            "MultipleSpinEcho",
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
            None,
        ),
        (
            "MultiPlanarExcitation",
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
            None,
        ),
        (
            "SteadyStatePulseSequence",
            Attribute(
                0x00189017,
                "CS",
                "1",
                "1C",
                name="Steady State Pulse Sequence",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                otherwise="may",
            ),
            None,
        ),
        (
            "EchoPlanarPulseSequence",
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
            None,
        ),
        (
            "SpectrallySelectedSuppression",
            Attribute(
                0x00189025,
                "CS",
                "1",
                "1C",
                name="Spectrally Selected Suppression",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                otherwise="may",
            ),
            None,
        ),
        (
            "GeometryOfKSpaceTraversal",
            Attribute(
                0x00189032,
                "CS",
                "1",
                "1C",
                name="Geometry of k-Space Traversal",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                otherwise="may",
            ),
            None,
        ),
        (
            "RectilinearPhaseEncodeReordering",
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
            None,
        ),
        (
            "SegmentedKSpaceTraversal",
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
            None,
        ),
        (
            "CoverageOfKSpace",
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
            None,
        ),
        (
            "NumberOfKSpaceTrajectories",
            Attribute(
                0x00189093,
                "US",
                "1",
                "1C",
                name="Number of k-Space Trajectories",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                otherwise="may",
            ),
            None,
        ),
        (
            "EchoPeakPosition",
            Attribute(0x00189298, "IS", "1", "3", name="Echo Peak Position"),
            None,
        ),
    ),
)
