"""CID 3003 Hemodynamic Waveform Source.

Extensible, version 20020904, UID 1.2.840.10008.6.1.44.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3003
NAME: _Final[str] = "Hemodynamic Waveform Source"
KEYWORD: _Final[str | None] = "HemodynamicWaveformSource"
UID: _Final[str | None] = "1.2.840.10008.6.1.44"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AorticPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128444004", "Aortic pressure waveform", (3003,)
)
"""Aortic pressure waveform (SCT 128444004)."""

AorticValvePullbackPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128453006", "Aortic valve pullback pressure waveform", (3003,)
)
"""Aortic valve pullback pressure waveform (SCT 128453006)."""

ArterialPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128446002", "Arterial pressure waveform", (3003,)
)
"""Arterial pressure waveform (SCT 128446002)."""

CentralVenousPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128445003", "Central venous pressure waveform", (3003,)
)
"""Central venous pressure waveform (SCT 128445003)."""

DyeDilutionCardiacOutputWaveform: _Final[_Code] = _Code(
    "SCT", "128455004", "Dye dilution cardiac output waveform", (3003,)
)
"""Dye dilution cardiac output waveform (SCT 128455004)."""

FemoralArteryPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128442000", "Femoral artery pressure waveform", (3003,)
)
"""Femoral artery pressure waveform (SCT 128442000)."""

HemodynamicFlowWaveform: _Final[_Code] = _Code(
    "SCT", "128434001", "Hemodynamic flow waveform", (3003,)
)
"""Hemodynamic flow waveform (SCT 128434001)."""

HemodynamicImpedanceWaveform: _Final[_Code] = _Code(
    "SCT", "128552003", "Hemodynamic impedance waveform", (3003,)
)
"""Hemodynamic impedance waveform (SCT 128552003)."""

HemodynamicOxygenSaturationWaveform: _Final[_Code] = _Code(
    "SCT", "128435000", "Hemodynamic oxygen saturation waveform", (3003,)
)
"""Hemodynamic oxygen saturation waveform (SCT 128435000)."""

HemodynamicPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128433007", "Hemodynamic pressure waveform", (3003,)
)
"""Hemodynamic pressure waveform (SCT 128433007)."""

HemodynamicWaveform: _Final[_Code] = _Code("SCT", "128432002", "Hemodynamic waveform", (3003,))
"""Hemodynamic waveform (SCT 128432002)."""

LeftAtriumPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128441007", "Left atrium pressure waveform", (3003,)
)
"""Left atrium pressure waveform (SCT 128441007)."""

LeftVentriclePressureWaveform: _Final[_Code] = _Code(
    "SCT", "128438003", "Left ventricle pressure waveform", (3003,)
)
"""Left ventricle pressure waveform (SCT 128438003)."""

MitralValvePullbackPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128450009", "Mitral valve pullback pressure waveform", (3003,)
)
"""Mitral valve pullback pressure waveform (SCT 128450009)."""

PulmonaryArteryOxygenSaturationWaveform: _Final[_Code] = _Code(
    "SCT", "128447006", "Pulmonary artery oxygen saturation waveform", (3003,)
)
"""Pulmonary artery oxygen saturation waveform (SCT 128447006)."""

PulmonaryArteryPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128443005", "Pulmonary artery pressure waveform", (3003,)
)
"""Pulmonary artery pressure waveform (SCT 128443005)."""

PulmonaryArteryWedgePressureWaveform: _Final[_Code] = _Code(
    "SCT", "128449009", "Pulmonary artery wedge pressure waveform", (3003, 3608)
)
"""Pulmonary artery wedge pressure waveform (SCT 128449009)."""

PulmonaryCapillaryWedgePressureWaveform: _Final[_Code] = _Code(
    "SCT", "128448001", "Pulmonary capillary wedge pressure waveform", (3003, 3241, 3608)
)
"""Pulmonary capillary wedge pressure waveform (SCT 128448001)."""

PulmonaryValvePullbackPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128452001", "Pulmonary valve pullback pressure waveform", (3003,)
)
"""Pulmonary valve pullback pressure waveform (SCT 128452001)."""

RespirationImpedanceWaveform: _Final[_Code] = _Code(
    "SCT", "128436004", "Respiration impedance waveform", (3003,)
)
"""Respiration impedance waveform (SCT 128436004)."""

RightAtriumPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128440008", "Right atrium pressure waveform", (3003,)
)
"""Right atrium pressure waveform (SCT 128440008)."""

RightVentriclePressureWaveform: _Final[_Code] = _Code(
    "SCT", "128439006", "Right ventricle pressure waveform", (3003,)
)
"""Right ventricle pressure waveform (SCT 128439006)."""

TemperatureWaveform: _Final[_Code] = _Code("SCT", "128437008", "Temperature waveform", (3003,))
"""Temperature waveform (SCT 128437008)."""

ThermalCardiacOutputWaveform: _Final[_Code] = _Code(
    "SCT", "128454000", "Thermal cardiac output waveform", (3003,)
)
"""Thermal cardiac output waveform (SCT 128454000)."""

TricuspidValvePullbackPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128451008", "Tricuspid valve pullback pressure waveform", (3003,)
)
"""Tricuspid valve pullback pressure waveform (SCT 128451008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
