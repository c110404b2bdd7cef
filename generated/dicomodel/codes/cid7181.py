"""CID 7181 Abstract Multi-dimensional Image Model Component Unit.

Extensible, version 20180605, UID 1.2.840.10008.6.1.918.
Includes CID 3500, CID 3502, CID 3503, CID 7460, CID 7461, CID 7462, CID 84, CID 7277, CID 10071.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7181
NAME: _Final[str] = "Abstract Multi-dimensional Image Model Component Unit"
KEYWORD: _Final[str | None] = "AbstractMultiDimensionalImageModelComponentUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.918"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180605"
INCLUDES: _Final[tuple[int, ...]] = (3500, 3502, 3503, 7460, 7461, 7462, 84, 7277, 10071)
EXTERNAL_SCHEME: _Final[str | None] = None

NoUnits: _Final[_Code] = _Code("UCUM", "1", "no units", (7181,))
"""no units (UCUM 1)."""

Ratio: _Final[_Code] = _Code("UCUM", "{ratio}", "ratio", (7181,))
"""ratio (UCUM {ratio})."""

HounsfieldUnit: _Final[_Code] = _Code("UCUM", "[hnsf'U]", "Hounsfield Unit", (83, 301, 7181))
"""Hounsfield Unit (UCUM [hnsf'U])."""

Counts: _Final[_Code] = _Code("UCUM", "{counts}", "Counts", (84, 7181))
"""Counts (UCUM {counts})."""

CountsPerSecond: _Final[_Code] = _Code("UCUM", "{counts}/s", "Counts per second", (84, 7181))
"""Counts per second (UCUM {counts}/s)."""

ArbitraryUnit: _Final[_Code] = _Code("UCUM", "[arb'U]", "arbitrary unit", (7181,))
"""arbitrary unit (UCUM [arb'U])."""

Ppm: _Final[_Code] = _Code("UCUM", "ppm", "ppm", (7181,))
"""ppm (UCUM ppm)."""

CentimeterSecond: _Final[_Code] = _Code("UCUM", "cm/s", "centimeter/second", (7181,))
"""centimeter/second (UCUM cm/s)."""

MillimeterSecond: _Final[_Code] = _Code("UCUM", "mm/s", "millimeter/second", (7181,))
"""millimeter/second (UCUM mm/s)."""

Decibel: _Final[_Code] = _Code("UCUM", "dB", "decibel", (7181,))
"""decibel (UCUM dB)."""

DegreesCelsius: _Final[_Code] = _Code("UCUM", "Cel", "degrees Celsius", (7181,))
"""degrees Celsius (UCUM Cel)."""

MilliliterPerMinute: _Final[_Code] = _Code("UCUM", "ml/min", "milliliter per minute", (7181,))
"""milliliter per minute (UCUM ml/min)."""

MilliliterPerSecond: _Final[_Code] = _Code("UCUM", "ml/s", "milliliter per second", (7181,))
"""milliliter per second (UCUM ml/s)."""

Millisecond: _Final[_Code] = _Code("UCUM", "ms", "millisecond", (7181, 7183))
"""millisecond (UCUM ms)."""

Second: _Final[_Code] = _Code("UCUM", "s", "second", (7181, 7183, 9557))
"""second (UCUM s)."""

Hertz: _Final[_Code] = _Code("UCUM", "Hz", "Hertz", (3044, 7181))
"""Hertz (UCUM Hz)."""

Millitesla: _Final[_Code] = _Code("UCUM", "mT", "milliTesla", (7181,))
"""milliTesla (UCUM mT)."""

NumberParticlesPer100GramOfTissue: _Final[_Code] = _Code(
    "UCUM", "{Particles}/[100]g{Tissue}", "number particles per 100 gram of tissue", (7181,)
)
"""number particles per 100 gram of tissue (UCUM {Particles}/[100]g{Tissue})."""

SecondPerSquareMillimeter: _Final[_Code] = _Code(
    "UCUM", "s/mm2", "second per square millimeter", (7181,)
)
"""second per square millimeter (UCUM s/mm2)."""

MilliliterPer100GramPerMinute: _Final[_Code] = _Code(
    "UCUM", "ml/[100]g/min", "milliliter per 100 gram per minute", (7181,)
)
"""milliliter per 100 gram per minute (UCUM ml/[100]g/min)."""

MilliliterPer100Milliliter: _Final[_Code] = _Code(
    "UCUM", "ml/[100]ml", "milliliter per 100 milliliter", (7181,)
)
"""milliliter per 100 milliliter (UCUM ml/[100]ml)."""

MillimolesPerkgWetWeight: _Final[_Code] = _Code(
    "UCUM", "mmol/kg{WetWeight}", "millimoles per kg wet weight", (7181,)
)
"""millimoles per kg wet weight (UCUM mmol/kg{WetWeight})."""

Min: _Final[_Code] = _Code("UCUM", "/min", "/min", (7181,))
"""/min (UCUM /min)."""

S: _Final[_Code] = _Code("UCUM", "/s", "/s", (7181,))
"""/s (UCUM /s)."""

Mmhg: _Final[_Code] = _Code("UCUM", "mm[Hg]", "mmHg", (3500,))
"""mmHg (UCUM mm[Hg]). Included from CID 3500."""

Kpa: _Final[_Code] = _Code("UCUM", "kPa", "kPa", (3500,))
"""kPa (UCUM kPa). Included from CID 3500."""

PRU: _Final[_Code] = _Code("UCUM", "[PRU]", "P.R.U.", (3502,))
"""P.R.U. (UCUM [PRU]). Included from CID 3502."""

WoodU: _Final[_Code] = _Code("UCUM", "[wood'U]", "Wood U", (3502,))
"""Wood U (UCUM [wood'U]). Included from CID 3502."""

DynScm5: _Final[_Code] = _Code("UCUM", "dyn.s.cm-5", "dyn.s.cm-5", (3502,))
"""dyn.s.cm-5 (UCUM dyn.s.cm-5). Included from CID 3502."""

PRUM2: _Final[_Code] = _Code("UCUM", "[PRU]/m2", "P.R.U./m2", (3503,))
"""P.R.U./m2 (UCUM [PRU]/m2). Included from CID 3503."""

WoodUM2: _Final[_Code] = _Code("UCUM", "[wood'U]/m2", "Wood U/m2", (3503,))
"""Wood U/m2 (UCUM [wood'U]/m2). Included from CID 3503."""

DynScm5M2: _Final[_Code] = _Code("UCUM", "dyn.s.cm-5/m2", "dyn.s.cm-5/m2", (3503,))
"""dyn.s.cm-5/m2 (UCUM dyn.s.cm-5/m2). Included from CID 3503."""

Centimeter_cm: _Final[_Code] = _Code("UCUM", "cm", "centimeter", (7063, 7460))
"""centimeter (UCUM cm). Included from CID 7460."""

Millimeter: _Final[_Code] = _Code("UCUM", "mm", "millimeter", (3510, 4267, 7063, 7460))
"""millimeter (UCUM mm). Included from CID 7460."""

Micrometer: _Final[_Code] = _Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um). Included from CID 7460."""

SquareCentimeter: _Final[_Code] = _Code("UCUM", "cm2", "square centimeter", (84, 7461))
"""square centimeter (UCUM cm2). Included from CID 7461."""

SquareMillimeter: _Final[_Code] = _Code("UCUM", "mm2", "square millimeter", (7461,))
"""square millimeter (UCUM mm2). Included from CID 7461."""

SquareMicrometer: _Final[_Code] = _Code("UCUM", "um2", "square micrometer", (7461,))
"""square micrometer (UCUM um2). Included from CID 7461."""

CubicDecimeter: _Final[_Code] = _Code("UCUM", "dm3", "cubic decimeter", (7462,))
"""cubic decimeter (UCUM dm3). Included from CID 7462."""

CubicCentimeter: _Final[_Code] = _Code("UCUM", "cm3", "cubic centimeter", (7462,))
"""cubic centimeter (UCUM cm3). Included from CID 7462."""

CubicMillimeter: _Final[_Code] = _Code("UCUM", "mm3", "cubic millimeter", (7462,))
"""cubic millimeter (UCUM mm3). Included from CID 7462."""

CubicMicrometer: _Final[_Code] = _Code("UCUM", "um3", "cubic micrometer", (7462,))
"""cubic micrometer (UCUM um3). Included from CID 7462."""

ProportionalToCounts: _Final[_Code] = _Code("UCUM", "{propcounts}", "Proportional to counts", (84,))
"""Proportional to counts (UCUM {propcounts}). Included from CID 84."""

ProportionalToCountsPerSecond: _Final[_Code] = _Code(
    "UCUM", "{propcounts}/s", "Proportional to counts per second", (84,)
)
"""Proportional to counts per second (UCUM {propcounts}/s). Included from CID 84."""

Centimeter2Milliliter: _Final[_Code] = _Code("UCUM", "cm2/ml", "Centimeter**2/milliliter", (84,))
"""Centimeter**2/milliliter (UCUM cm2/ml). Included from CID 84."""

Percent: _Final[_Code] = _Code("UCUM", "%", "Percent", (84, 301, 4244))
"""Percent (UCUM %). Included from CID 84."""

BecquerelsMilliliter: _Final[_Code] = _Code("UCUM", "Bq/ml", "Becquerels/milliliter", (84,))
"""Becquerels/milliliter (UCUM Bq/ml). Included from CID 84."""

MilligramsMinuteMilliliter: _Final[_Code] = _Code(
    "UCUM", "mg/min/ml", "Milligrams/minute/milliliter", (84,)
)
"""Milligrams/minute/milliliter (UCUM mg/min/ml). Included from CID 84."""

MicromoleMinuteMilliliter: _Final[_Code] = _Code(
    "UCUM", "umol/min/ml", "Micromole/minute/milliliter", (84,)
)
"""Micromole/minute/milliliter (UCUM umol/min/ml). Included from CID 84."""

MilliliterMinuteGram: _Final[_Code] = _Code("UCUM", "ml/min/g", "Milliliter/minute/gram", (84,))
"""Milliliter/minute/gram (UCUM ml/min/g). Included from CID 84."""

MilliliterGram: _Final[_Code] = _Code("UCUM", "ml/g", "Milliliter/gram", (84,))
"""Milliliter/gram (UCUM ml/g). Included from CID 84."""

Centimeter__cm: _Final[_Code] = _Code("UCUM", "/cm", "/Centimeter", (84,))
"""/Centimeter (UCUM /cm). Included from CID 84."""

MicromoleMilliliter: _Final[_Code] = _Code("UCUM", "umol/ml", "Micromole/milliliter", (84,))
"""Micromole/milliliter (UCUM umol/ml). Included from CID 84."""

StandardizedUptakeValueBodyWeight: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVbw}", "Standardized Uptake Value body weight", (85,)
)
"""Standardized Uptake Value body weight (UCUM g/ml{SUVbw}). Included from CID 85."""

StandardizedUptakeValueLeanBodyMassJames: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVlbm}", "Standardized Uptake Value lean body mass (James)", (85,)
)
"""Standardized Uptake Value lean body mass (James) (UCUM g/ml{SUVlbm}). Included from CID 85."""

StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_Code] = _Code(
    "UCUM",
    "g/ml{SUVlbm(James128)}",
    "Standardized Uptake Value lean body mass (James 128 multiplier)",
    (85,),
)
"""Standardized Uptake Value lean body mass (James 128 multiplier) (UCUM g/ml{SUVlbm(James128)}). Included from CID 85."""

StandardizedUptakeValueLeanBodyMassJanma: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVlbm(Janma)}", "Standardized Uptake Value lean body mass (Janma)", (85,)
)
"""Standardized Uptake Value lean body mass (Janma) (UCUM g/ml{SUVlbm(Janma)}). Included from CID 85."""

StandardizedUptakeValueBodySurfaceArea: _Final[_Code] = _Code(
    "UCUM", "cm2/ml{SUVbsa}", "Standardized Uptake Value body surface area", (85,)
)
"""Standardized Uptake Value body surface area (UCUM cm2/ml{SUVbsa}). Included from CID 85."""

StandardizedUptakeValueIdealBodyWeight: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVibw}", "Standardized Uptake Value ideal body weight", (85,)
)
"""Standardized Uptake Value ideal body weight (UCUM g/ml{SUVibw}). Included from CID 85."""

Mm2S: _Final[_Code] = _Code("UCUM", "mm2/s", "mm2/s", (7277,))
"""mm2/s (UCUM mm2/s). Included from CID 7277."""

Um2ms: _Final[_Code] = _Code("UCUM", "um2/ms", "um2/ms", (7277,))
"""um2/ms (UCUM um2/ms). Included from CID 7277."""

Um2S: _Final[_Code] = _Code("UCUM", "um2/s", "um2/s", (7277,))
"""um2/s (UCUM um2/s). Included from CID 7277."""

V106Mm2S: _Final[_Code] = _Code("UCUM", "10-6.mm2/s", "10-6.mm2/s", (7277,))
"""10-6.mm2/s (UCUM 10-6.mm2/s). Included from CID 7277."""

Gy: _Final[_Code] = _Code("UCUM", "Gy", "Gy", (10071,))
"""Gy (UCUM Gy). Included from CID 10071."""

Sv: _Final[_Code] = _Code("UCUM", "Sv", "Sv", (10071,))
"""Sv (UCUM Sv). Included from CID 10071."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_106Mm2S: _Final[_Code] = V106Mm2S

MEMBERS: _Final[tuple[_Code, ...]] = (
    NoUnits,
    Ratio,
    HounsfieldUnit,
    Counts,
    CountsPerSecond,
    ArbitraryUnit,
    Ppm,
    CentimeterSecond,
    MillimeterSecond,
    Decibel,
    DegreesCelsius,
    MilliliterPerMinute,
    MilliliterPerSecond,
    Millisecond,
    Second,
    Hertz,
    Millitesla,
    NumberParticlesPer100GramOfTissue,
    SecondPerSquareMillimeter,
    MilliliterPer100GramPerMinute,
    MilliliterPer100Milliliter,
    MillimolesPerkgWetWeight,
    Min,
    S,
    Mmhg,
    Kpa,
    PRU,
    WoodU,
    DynScm5,
    PRUM2,
    WoodUM2,
    DynScm5M2,
    Centimeter_cm,
    Millimeter,
    Micrometer,
    SquareCentimeter,
    SquareMillimeter,
    SquareMicrometer,
    CubicDecimeter,
    CubicCentimeter,
    CubicMillimeter,
    CubicMicrometer,
    ProportionalToCounts,
    ProportionalToCountsPerSecond,
    Centimeter2Milliliter,
    Percent,
    BecquerelsMilliliter,
    MilligramsMinuteMilliliter,
    MicromoleMinuteMilliliter,
    MilliliterMinuteGram,
    MilliliterGram,
    Centimeter__cm,
    MicromoleMilliliter,
    StandardizedUptakeValueBodyWeight,
    StandardizedUptakeValueLeanBodyMassJames,
    StandardizedUptakeValueLeanBodyMassJames128Multiplier,
    StandardizedUptakeValueLeanBodyMassJanma,
    StandardizedUptakeValueBodySurfaceArea,
    StandardizedUptakeValueIdealBodyWeight,
    Mm2S,
    Um2ms,
    Um2S,
    V106Mm2S,
    Gy,
    Sv,
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
