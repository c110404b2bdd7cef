"""CID 3003 Hemodynamic Waveform Source.

Extensible, version 20020904, UID 1.2.840.10008.6.1.44.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3003
NAME: Final[str] = "Hemodynamic Waveform Source"
KEYWORD: Final[str | None] = "HemodynamicWaveformSource"
UID: Final[str | None] = "1.2.840.10008.6.1.44"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AorticPressureWaveform: Final[Code] = Code("SCT", "128444004", "Aortic pressure waveform", (3003,))
"""Aortic pressure waveform (SCT 128444004)."""

AorticValvePullbackPressureWaveform: Final[Code] = Code(
    "SCT", "128453006", "Aortic valve pullback pressure waveform", (3003,)
)
"""Aortic valve pullback pressure waveform (SCT 128453006)."""

ArterialPressureWaveform: Final[Code] = Code(
    "SCT", "128446002", "Arterial pressure waveform", (3003,)
)
"""Arterial pressure waveform (SCT 128446002)."""

CentralVenousPressureWaveform: Final[Code] = Code(
    "SCT", "128445003", "Central venous pressure waveform", (3003,)
)
"""Central venous pressure waveform (SCT 128445003)."""

DyeDilutionCardiacOutputWaveform: Final[Code] = Code(
    "SCT", "128455004", "Dye dilution cardiac output waveform", (3003,)
)
"""Dye dilution cardiac output waveform (SCT 128455004)."""

FemoralArteryPressureWaveform: Final[Code] = Code(
    "SCT", "128442000", "Femoral artery pressure waveform", (3003,)
)
"""Femoral artery pressure waveform (SCT 128442000)."""

HemodynamicFlowWaveform: Final[Code] = Code(
    "SCT", "128434001", "Hemodynamic flow waveform", (3003,)
)
"""Hemodynamic flow waveform (SCT 128434001)."""

HemodynamicImpedanceWaveform: Final[Code] = Code(
    "SCT", "128552003", "Hemodynamic impedance waveform", (3003,)
)
"""Hemodynamic impedance waveform (SCT 128552003)."""

HemodynamicOxygenSaturationWaveform: Final[Code] = Code(
    "SCT", "128435000", "Hemodynamic oxygen saturation waveform", (3003,)
)
"""Hemodynamic oxygen saturation waveform (SCT 128435000)."""

HemodynamicPressureWaveform: Final[Code] = Code(
    "SCT", "128433007", "Hemodynamic pressure waveform", (3003,)
)
"""Hemodynamic pressure waveform (SCT 128433007)."""

HemodynamicWaveform: Final[Code] = Code("SCT", "128432002", "Hemodynamic waveform", (3003,))
"""Hemodynamic waveform (SCT 128432002)."""

LeftAtriumPressureWaveform: Final[Code] = Code(
    "SCT", "128441007", "Left atrium pressure waveform", (3003,)
)
"""Left atrium pressure waveform (SCT 128441007)."""

LeftVentriclePressureWaveform: Final[Code] = Code(
    "SCT", "128438003", "Left ventricle pressure waveform", (3003,)
)
"""Left ventricle pressure waveform (SCT 128438003)."""

MitralValvePullbackPressureWaveform: Final[Code] = Code(
    "SCT", "128450009", "Mitral valve pullback pressure waveform", (3003,)
)
"""Mitral valve pullback pressure waveform (SCT 128450009)."""

PulmonaryArteryOxygenSaturationWaveform: Final[Code] = Code(
    "SCT", "128447006", "Pulmonary artery oxygen saturation waveform", (3003,)
)
"""Pulmonary artery oxygen saturation waveform (SCT 128447006)."""

PulmonaryArteryPressureWaveform: Final[Code] = Code(
    "SCT", "128443005", "Pulmonary artery pressure waveform", (3003,)
)
"""Pulmonary artery pressure waveform (SCT 128443005)."""

PulmonaryArteryWedgePressureWaveform: Final[Code] = Code(
    "SCT", "128449009", "Pulmonary artery wedge pressure waveform", (3003, 3608)
)
"""Pulmonary artery wedge pressure waveform (SCT 128449009)."""

PulmonaryCapillaryWedgePressureWaveform: Final[Code] = Code(
    "SCT", "128448001", "Pulmonary capillary wedge pressure waveform", (3003, 3241, 3608)
)
"""Pulmonary capillary wedge pressure waveform (SCT 128448001)."""

PulmonaryValvePullbackPressureWaveform: Final[Code] = Code(
    "SCT", "128452001", "Pulmonary valve pullback pressure waveform", (3003,)
)
"""Pulmonary valve pullback pressure waveform (SCT 128452001)."""

RespirationImpedanceWaveform: Final[Code] = Code(
    "SCT", "128436004", "Respiration impedance waveform", (3003,)
)
"""Respiration impedance waveform (SCT 128436004)."""

RightAtriumPressureWaveform: Final[Code] = Code(
    "SCT", "128440008", "Right atrium pressure waveform", (3003,)
)
"""Right atrium pressure waveform (SCT 128440008)."""

RightVentriclePressureWaveform: Final[Code] = Code(
    "SCT", "128439006", "Right ventricle pressure waveform", (3003,)
)
"""Right ventricle pressure waveform (SCT 128439006)."""

TemperatureWaveform: Final[Code] = Code("SCT", "128437008", "Temperature waveform", (3003,))
"""Temperature waveform (SCT 128437008)."""

ThermalCardiacOutputWaveform: Final[Code] = Code(
    "SCT", "128454000", "Thermal cardiac output waveform", (3003,)
)
"""Thermal cardiac output waveform (SCT 128454000)."""

TricuspidValvePullbackPressureWaveform: Final[Code] = Code(
    "SCT", "128451008", "Tricuspid valve pullback pressure waveform", (3003,)
)
"""Tricuspid valve pullback pressure waveform (SCT 128451008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AorticPressureWaveform,
    AorticValvePullbackPressureWaveform,
    ArterialPressureWaveform,
    CentralVenousPressureWaveform,
    DyeDilutionCardiacOutputWaveform,
    FemoralArteryPressureWaveform,
    HemodynamicFlowWaveform,
    HemodynamicImpedanceWaveform,
    HemodynamicOxygenSaturationWaveform,
    HemodynamicPressureWaveform,
    HemodynamicWaveform,
    LeftAtriumPressureWaveform,
    LeftVentriclePressureWaveform,
    MitralValvePullbackPressureWaveform,
    PulmonaryArteryOxygenSaturationWaveform,
    PulmonaryArteryPressureWaveform,
    PulmonaryArteryWedgePressureWaveform,
    PulmonaryCapillaryWedgePressureWaveform,
    PulmonaryValvePullbackPressureWaveform,
    RespirationImpedanceWaveform,
    RightAtriumPressureWaveform,
    RightVentriclePressureWaveform,
    TemperatureWaveform,
    ThermalCardiacOutputWaveform,
    TricuspidValvePullbackPressureWaveform,
)
"""The resolved membership: own members, then those of the included groups, in order."""
