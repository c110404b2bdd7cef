"""Coding scheme UCUM: UCUM.

95 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "UCUM"
NAME: _Final[str] = "UCUM"
UID: _Final[str | None] = "2.16.840.1.113883.6.8"
URI: _Final[str | None] = "http://unitsofmeasure.org"
RETIRED: _Final[bool] = False

ArbitraryUnit: _Final[_Code] = _Code("UCUM", "[arb'U]", "arbitrary unit", (7181,))
"""arbitrary unit (UCUM [arb'U])."""

Becquerel: _Final[_Code] = _Code("UCUM", "Bq", "becquerel", (3083,))
"""becquerel (UCUM Bq)."""

BecquerelsMilliliter: _Final[_Code] = _Code("UCUM", "Bq/ml", "Becquerels/milliliter", (84,))
"""Becquerels/milliliter (UCUM Bq/ml)."""

Centimeter: _Final[_Code] = _Code("UCUM", "/cm", "/Centimeter", (84,))
"""/Centimeter (UCUM /cm)."""

Centimeter2: _Final[_Code] = _Code("UCUM", "cm2", "Centimeter**2", (84, 7461))
"""Centimeter**2 (UCUM cm2)."""

Centimeter2Milliliter: _Final[_Code] = _Code("UCUM", "cm2/ml", "Centimeter**2/milliliter", (84,))
"""Centimeter**2/milliliter (UCUM cm2/ml)."""

CentimeterSecond: _Final[_Code] = _Code("UCUM", "cm/s", "centimeter/second", (7181,))
"""centimeter/second (UCUM cm/s)."""

Counts: _Final[_Code] = _Code("UCUM", "{counts}", "Counts", (84, 7181))
"""Counts (UCUM {counts})."""

CountsPerSecond: _Final[_Code] = _Code("UCUM", "{counts}/s", "Counts per second", (84, 7181))
"""Counts per second (UCUM {counts}/s)."""

CubicCentimeter: _Final[_Code] = _Code("UCUM", "cm3", "cubic centimeter", (7462,))
"""cubic centimeter (UCUM cm3)."""

CubicDecimeter: _Final[_Code] = _Code("UCUM", "dm3", "cubic decimeter", (7462,))
"""cubic decimeter (UCUM dm3)."""

CubicMicrometer: _Final[_Code] = _Code("UCUM", "um3", "cubic micrometer", (7462,))
"""cubic micrometer (UCUM um3)."""

CubicMillimeter: _Final[_Code] = _Code("UCUM", "mm3", "cubic millimeter", (7462,))
"""cubic millimeter (UCUM mm3)."""

Day: _Final[_Code] = _Code("UCUM", "d", "day", (6046, 7456))
"""day (UCUM d)."""

DbMv: _Final[_Code] = _Code("UCUM", "dB[mV]", "dB(mV)", (3045,))
"""dB(mV) (UCUM dB[mV])."""

DbΜv: _Final[_Code] = _Code("UCUM", "dB[uV]", "dB(µV)", (3045,))
"""dB(µV) (UCUM dB[uV])."""

Decibel: _Final[_Code] = _Code("UCUM", "dB", "decibel", (7181,))
"""decibel (UCUM dB)."""

Degree: _Final[_Code] = _Code("UCUM", "deg", "Degree", (7183,))
"""Degree (UCUM deg)."""

DegreesCelsius: _Final[_Code] = _Code("UCUM", "Cel", "degrees Celsius", (7181,))
"""degrees Celsius (UCUM Cel)."""

Diopters: _Final[_Code] = _Code("UCUM", "diop", "diopters", (4267,))
"""diopters (UCUM diop)."""

DynScm5: _Final[_Code] = _Code("UCUM", "dyn.s.cm-5", "dyn.s.cm-5", (3502,))
"""dyn.s.cm-5 (UCUM dyn.s.cm-5)."""

DynScm5M2: _Final[_Code] = _Code("UCUM", "dyn.s.cm-5/m2", "dyn.s.cm-5/m2", (3503,))
"""dyn.s.cm-5/m2 (UCUM dyn.s.cm-5/m2)."""

ElectronDensity: _Final[_Code] = _Code("UCUM", "10*23/ml", "Electron Density", (301,))
"""Electron Density (UCUM 10*23/ml)."""

French: _Final[_Code] = _Code("UCUM", "[Ch]", "french", (3510,))
"""french (UCUM [Ch])."""

Gy: _Final[_Code] = _Code("UCUM", "Gy", "Gy", (10071,))
"""Gy (UCUM Gy)."""

GyS: _Final[_Code] = _Code("UCUM", "Gy/s", "Gy/s", (9558, 9560))
"""Gy/s (UCUM Gy/s)."""

HounsfieldUnit: _Final[_Code] = _Code("UCUM", "[hnsf'U]", "Hounsfield Unit", (83, 301, 7181))
"""Hounsfield Unit (UCUM [hnsf'U])."""

Hour: _Final[_Code] = _Code("UCUM", "h", "hour", (7456,))
"""hour (UCUM h)."""

Hz: _Final[_Code] = _Code("UCUM", "Hz", "Hz", (3044, 7181))
"""Hz (UCUM Hz)."""

Kilovolt: _Final[_Code] = _Code("UCUM", "kV", "Kilovolt", (9521,))
"""Kilovolt (UCUM kV)."""

Kpa: _Final[_Code] = _Code("UCUM", "kPa", "kPa", (3500,))
"""kPa (UCUM kPa)."""

M: _Final[_Code] = _Code("UCUM", "m", "m", (7063,))
"""m (UCUM m)."""

Megabecquerel: _Final[_Code] = _Code("UCUM", "MBq", "megabecquerel", (3083,))
"""megabecquerel (UCUM MBq)."""

Megaelectronvolt: _Final[_Code] = _Code("UCUM", "MeV", "Megaelectronvolt", (9521,))
"""Megaelectronvolt (UCUM MeV)."""

Megavolt: _Final[_Code] = _Code("UCUM", "MV", "Megavolt", (9521,))
"""Megavolt (UCUM MV)."""

Micrometer: _Final[_Code] = _Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um)."""

MicromoleMilliliter: _Final[_Code] = _Code("UCUM", "umol/ml", "Micromole/milliliter", (84,))
"""Micromole/milliliter (UCUM umol/ml)."""

MicromoleMinuteMilliliter: _Final[_Code] = _Code(
    "UCUM", "umol/min/ml", "Micromole/minute/milliliter", (84,)
)
"""Micromole/minute/milliliter (UCUM umol/min/ml)."""

Millicurie: _Final[_Code] = _Code("UCUM", "mCi", "millicurie", (3083,))
"""millicurie (UCUM mCi)."""

MilligramsMinuteMilliliter: _Final[_Code] = _Code(
    "UCUM", "mg/min/ml", "Milligrams/minute/milliliter", (84,)
)
"""Milligrams/minute/milliliter (UCUM mg/min/ml)."""

MilliliterGram: _Final[_Code] = _Code("UCUM", "ml/g", "Milliliter/gram", (84,))
"""Milliliter/gram (UCUM ml/g)."""

MilliliterMinuteGram: _Final[_Code] = _Code("UCUM", "ml/min/g", "Milliliter/minute/gram", (84,))
"""Milliliter/minute/gram (UCUM ml/min/g)."""

MilliliterPer100GramPerMinute: _Final[_Code] = _Code(
    "UCUM", "ml/[100]g/min", "milliliter per 100 gram per minute", (7181,)
)
"""milliliter per 100 gram per minute (UCUM ml/[100]g/min)."""

MilliliterPer100Milliliter: _Final[_Code] = _Code(
    "UCUM", "ml/[100]ml", "milliliter per 100 milliliter", (7181,)
)
"""milliliter per 100 milliliter (UCUM ml/[100]ml)."""

MilliliterPerMinute: _Final[_Code] = _Code("UCUM", "ml/min", "milliliter per minute", (7181,))
"""milliliter per minute (UCUM ml/min)."""

MilliliterPerSecond: _Final[_Code] = _Code("UCUM", "ml/s", "milliliter per second", (7181,))
"""milliliter per second (UCUM ml/s)."""

MillimeterSecond: _Final[_Code] = _Code("UCUM", "mm/s", "millimeter/second", (7181,))
"""millimeter/second (UCUM mm/s)."""

MillimolesPerkgWetWeight: _Final[_Code] = _Code(
    "UCUM", "mmol/kg{WetWeight}", "millimoles per kg wet weight", (7181,)
)
"""millimoles per kg wet weight (UCUM mmol/kg{WetWeight})."""

Millisecond: _Final[_Code] = _Code("UCUM", "ms", "millisecond", (7181, 7183))
"""millisecond (UCUM ms)."""

Millitesla: _Final[_Code] = _Code("UCUM", "mT", "milliTesla", (7181,))
"""milliTesla (UCUM mT)."""

Min: _Final[_Code] = _Code("UCUM", "/min", "/min", (7181,))
"""/min (UCUM /min)."""

Minute: _Final[_Code] = _Code("UCUM", "min", "minute", (7456,))
"""minute (UCUM min)."""

Mm2S: _Final[_Code] = _Code("UCUM", "mm2/s", "mm2/s", (7277,))
"""mm2/s (UCUM mm2/s)."""

Mmhg: _Final[_Code] = _Code("UCUM", "mm[Hg]", "mmHg", (3500,))
"""mmHg (UCUM mm[Hg])."""

MonitorUnits: _Final[_Code] = _Code("UCUM", "{MU}", "Monitor Units", (9552, 9557, 9559))
"""Monitor Units (UCUM {MU})."""

MonitorUnitsSecond: _Final[_Code] = _Code("UCUM", "{MU}/s", "Monitor Units/Second", (9550, 9558))
"""Monitor Units/Second (UCUM {MU}/s)."""

Month: _Final[_Code] = _Code("UCUM", "mo", "month", (6046, 7456))
"""month (UCUM mo)."""

Mph: _Final[_Code] = _Code("UCUM", "[mi_i]/h", "mph", (3212,))
"""mph (UCUM [mi_i]/h)."""

Mv: _Final[_Code] = _Code("UCUM", "mV", "mV", (3045,))
"""mV (UCUM mV)."""

NoUnits: _Final[_Code] = _Code("UCUM", "1", "no units", (7181,))
"""no units (UCUM 1)."""

NumberParticlesPer100GramOfTissue: _Final[_Code] = _Code(
    "UCUM", "{Particles}/[100]g{Tissue}", "number particles per 100 gram of tissue", (7181,)
)
"""number particles per 100 gram of tissue (UCUM {Particles}/[100]g{Tissue})."""

PRU: _Final[_Code] = _Code("UCUM", "[PRU]", "P.R.U.", (3502,))
"""P.R.U. (UCUM [PRU])."""

PRUM2: _Final[_Code] = _Code("UCUM", "[PRU]/m2", "P.R.U./m2", (3503,))
"""P.R.U./m2 (UCUM [PRU]/m2)."""

Percent: _Final[_Code] = _Code("UCUM", "%", "Percent", (84, 301, 4244))
"""Percent (UCUM %)."""

Ppm: _Final[_Code] = _Code("UCUM", "ppm", "ppm", (7181,))
"""ppm (UCUM ppm)."""

ProportionalToCounts: _Final[_Code] = _Code("UCUM", "{propcounts}", "Proportional to counts", (84,))
"""Proportional to counts (UCUM {propcounts})."""

ProportionalToCountsPerSecond: _Final[_Code] = _Code(
    "UCUM", "{propcounts}/s", "Proportional to counts per second", (84,)
)
"""Proportional to counts per second (UCUM {propcounts}/s)."""

RadS: _Final[_Code] = _Code("UCUM", "rad/s", "rad/s", (3044,))
"""rad/s (UCUM rad/s)."""

Radian: _Final[_Code] = _Code("UCUM", "rad", "Radian", (7183,))
"""Radian (UCUM rad)."""

Ratio: _Final[_Code] = _Code("UCUM", "{ratio}", "ratio", (7181,))
"""ratio (UCUM {ratio})."""

S: _Final[_Code] = _Code("UCUM", "/s", "/s", (7181,))
"""/s (UCUM /s)."""

Second: _Final[_Code] = _Code("UCUM", "s", "second", (7181, 7183, 9557))
"""second (UCUM s)."""

SecondPerSquareMillimeter: _Final[_Code] = _Code(
    "UCUM", "s/mm2", "second per square millimeter", (7181,)
)
"""second per square millimeter (UCUM s/mm2)."""

SquareMicrometer: _Final[_Code] = _Code("UCUM", "um2", "square micrometer", (7461,))
"""square micrometer (UCUM um2)."""

SquareMillimeter: _Final[_Code] = _Code("UCUM", "mm2", "square millimeter", (7461,))
"""square millimeter (UCUM mm2)."""

StandardizedUptakeValueBodySurfaceArea: _Final[_Code] = _Code(
    "UCUM", "cm2/ml{SUVbsa}", "Standardized Uptake Value body surface area", (85,)
)
"""Standardized Uptake Value body surface area (UCUM cm2/ml{SUVbsa})."""

StandardizedUptakeValueBodyWeight: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVbw}", "Standardized Uptake Value body weight", (85,)
)
"""Standardized Uptake Value body weight (UCUM g/ml{SUVbw})."""

StandardizedUptakeValueIdealBodyWeight: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVibw}", "Standardized Uptake Value ideal body weight", (85,)
)
"""Standardized Uptake Value ideal body weight (UCUM g/ml{SUVibw})."""

StandardizedUptakeValueLeanBodyMassJames: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVlbm}", "Standardized Uptake Value lean body mass (James)", (85,)
)
"""Standardized Uptake Value lean body mass (James) (UCUM g/ml{SUVlbm})."""

StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_Code] = _Code(
    "UCUM",
    "g/ml{SUVlbm(James128)}",
    "Standardized Uptake Value lean body mass (James 128 multiplier)",
    (85,),
)
"""Standardized Uptake Value lean body mass (James 128 multiplier) (UCUM g/ml{SUVlbm(James128)})."""

StandardizedUptakeValueLeanBodyMassJanma: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVlbm(Janma)}", "Standardized Uptake Value lean body mass (Janma)", (85,)
)
"""Standardized Uptake Value lean body mass (Janma) (UCUM g/ml{SUVlbm(Janma)})."""

Sv: _Final[_Code] = _Code("UCUM", "Sv", "Sv", (10071,))
"""Sv (UCUM Sv)."""

Um2S: _Final[_Code] = _Code("UCUM", "um2/s", "um2/s", (7277,))
"""um2/s (UCUM um2/s)."""

Um2ms: _Final[_Code] = _Code("UCUM", "um2/ms", "um2/ms", (7277,))
"""um2/ms (UCUM um2/ms)."""

V106Mm2S: _Final[_Code] = _Code("UCUM", "10-6.mm2/s", "10-6.mm2/s", (7277,))
"""10-6.mm2/s (UCUM 10-6.mm2/s)."""

Week: _Final[_Code] = _Code("UCUM", "wk", "week", (6046, 7456))
"""week (UCUM wk)."""

WoodU: _Final[_Code] = _Code("UCUM", "[wood'U]", "Wood U", (3502,))
"""Wood U (UCUM [wood'U])."""

WoodUM2: _Final[_Code] = _Code("UCUM", "[wood'U]/m2", "Wood U/m2", (3503,))
"""Wood U/m2 (UCUM [wood'U]/m2)."""

Year: _Final[_Code] = _Code("UCUM", "a", "year", (6046, 7456))
"""year (UCUM a)."""

cm: _Final[_Code] = _Code("UCUM", "cm", "cm", (7063, 7460))
"""cm (UCUM cm)."""

kmH: _Final[_Code] = _Code("UCUM", "km/h", "km/h", (3212,))
"""km/h (UCUM km/h)."""

mgcm3: _Final[_Code] = _Code("UCUM", "mg/cm3", "mg/cm^3", (301,))
"""mg/cm^3 (UCUM mg/cm3)."""

mgml: _Final[_Code] = _Code("UCUM", "mg/ml", "mg/ml", (301, 4244))
"""mg/ml (UCUM mg/ml)."""

mm: _Final[_Code] = _Code("UCUM", "mm", "mm", (3510, 4267, 7063, 7460))
"""mm (UCUM mm)."""

Μv: _Final[_Code] = _Code("UCUM", "uV", "µV", (3045,))
"""µV (UCUM uV)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_106Mm2S: _Final[_Code] = V106Mm2S

MEMBERS: _Final[tuple[_Code, ...]] = (
    ArbitraryUnit,
    Becquerel,
    BecquerelsMilliliter,
    Centimeter,
    Centimeter2,
    Centimeter2Milliliter,
    CentimeterSecond,
    Counts,
    CountsPerSecond,
    CubicCentimeter,
    CubicDecimeter,
    CubicMicrometer,
    CubicMillimeter,
    Day,
    DbMv,
    DbΜv,
    Decibel,
    Degree,
    DegreesCelsius,
    Diopters,
    DynScm5,
    DynScm5M2,
    ElectronDensity,
    French,
    Gy,
    GyS,
    HounsfieldUnit,
    Hour,
    Hz,
    Kilovolt,
    Kpa,
    M,
    Megabecquerel,
    Megaelectronvolt,
    Megavolt,
    Micrometer,
    MicromoleMilliliter,
    MicromoleMinuteMilliliter,
    Millicurie,
    MilligramsMinuteMilliliter,
    MilliliterGram,
    MilliliterMinuteGram,
    MilliliterPer100GramPerMinute,
    MilliliterPer100Milliliter,
    MilliliterPerMinute,
    MilliliterPerSecond,
    MillimeterSecond,
    MillimolesPerkgWetWeight,
    Millisecond,
    Millitesla,
    Min,
    Minute,
    Mm2S,
    Mmhg,
    MonitorUnits,
    MonitorUnitsSecond,
    Month,
    Mph,
    Mv,
    NoUnits,
    NumberParticlesPer100GramOfTissue,
    PRU,
    PRUM2,
    Percent,
    Ppm,
    ProportionalToCounts,
    ProportionalToCountsPerSecond,
    RadS,
    Radian,
    Ratio,
    S,
    Second,
    SecondPerSquareMillimeter,
    SquareMicrometer,
    SquareMillimeter,
    StandardizedUptakeValueBodySurfaceArea,
    StandardizedUptakeValueBodyWeight,
    StandardizedUptakeValueIdealBodyWeight,
    StandardizedUptakeValueLeanBodyMassJames,
    StandardizedUptakeValueLeanBodyMassJames128Multiplier,
    StandardizedUptakeValueLeanBodyMassJanma,
    Sv,
    Um2S,
    Um2ms,
    V106Mm2S,
    Week,
    WoodU,
    WoodUM2,
    Year,
    cm,
    kmH,
    mgcm3,
    mgml,
    mm,
    Μv,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
