"""Coding scheme LN: LOINC.

745 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "LN"
NAME: _Final[str] = "LOINC"
UID: _Final[str | None] = "2.16.840.1.113883.6.1"
URI: _Final[str | None] = "http://loinc.org"
RETIRED: _Final[bool] = False

ACASUM2000: _Final[_Code] = _Code("LN", "33072-0", "AC, ASUM 2000", (12013,))
"""AC, ASUM 2000 (LN 33072-0)."""

ACByGAASUM2000: _Final[_Code] = _Code("LN", "33145-4", "AC by GA, ASUM 2000", (12015,))
"""AC by GA, ASUM 2000 (LN 33145-4)."""

ACByGAHadlock1984: _Final[_Code] = _Code("LN", "33146-2", "AC by GA, Hadlock 1984", (12015,))
"""AC by GA, Hadlock 1984 (LN 33146-2)."""

ACByGAMerz1988: _Final[_Code] = _Code("LN", "33148-8", "AC by GA, Merz 1988", (12015,))
"""AC by GA, Merz 1988 (LN 33148-8)."""

ACByGAShinozuka1996: _Final[_Code] = _Code("LN", "33149-6", "AC by GA, Shinozuka 1996", (12015,))
"""AC by GA, Shinozuka 1996 (LN 33149-6)."""

ACCampbell1975: _Final[_Code] = _Code("LN", "11889-3", "AC, Campbell 1975", (12013,))
"""AC, Campbell 1975 (LN 11889-3)."""

ACDerivedByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33546-3", "AC (derived) by GA, Chitty 1994", (12015,)
)
"""AC (derived) by GA, Chitty 1994 (LN 33546-3)."""

ACHadlock1984: _Final[_Code] = _Code("LN", "11892-7", "AC, Hadlock 1984", (12013,))
"""AC, Hadlock 1984 (LN 11892-7)."""

ACHansmann1985: _Final[_Code] = _Code("LN", "33073-8", "AC, Hansmann1985", (12013,))
"""AC, Hansmann1985 (LN 33073-8)."""

ACInterval: _Final[_Code] = _Code("LN", "59103-2", "A-C Interval", (12222,))
"""A-C Interval (LN 59103-2)."""

ACJeanty1982: _Final[_Code] = _Code("LN", "33537-2", "AC, Jeanty 1982", (12013,))
"""AC, Jeanty 1982 (LN 33537-2)."""

ACJeanty1984: _Final[_Code] = _Code("LN", "11893-5", "AC, Jeanty 1984", (12013,))
"""AC, Jeanty 1984 (LN 11893-5)."""

ACLessoway1998: _Final[_Code] = _Code("LN", "33074-6", "AC, Lessoway 1998", (12013,))
"""AC, Lessoway 1998 (LN 33074-6)."""

ACMeasuredByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33147-0", "AC (measured) by GA, Chitty 1994", (12015,)
)
"""AC (measured) by GA, Chitty 1994 (LN 33147-0)."""

ACMertz1988: _Final[_Code] = _Code("LN", "33075-3", "AC, Mertz 1988", (12013,))
"""AC, Mertz 1988 (LN 33075-3)."""

ACShinozuka1996: _Final[_Code] = _Code("LN", "33076-1", "AC, Shinozuka 1996", (12013,))
"""AC, Shinozuka 1996 (LN 33076-1)."""

APADTAD: _Final[_Code] = _Code("LN", "33191-8", "APAD * TAD", (12005,))
"""APAD * TAD (LN 33191-8)."""

APAbdominalDiameterLessoway1998: _Final[_Code] = _Code(
    "LN", "33077-9", "A-P Abdominal Diameter, Lessoway 1998", (12013,)
)
"""A-P Abdominal Diameter, Lessoway 1998 (LN 33077-9)."""

AWaveAmplitude: _Final[_Code] = _Code("LN", "59100-8", "A-Wave Amplitude", (12262,))
"""A-Wave Amplitude (LN 59100-8)."""

AWaveDuration: _Final[_Code] = _Code("LN", "59105-7", "A-Wave Duration", (12254,))
"""A-Wave Duration (LN 59105-7)."""

AWavePeakVelocity: _Final[_Code] = _Code("LN", "59081-0", "A-Wave Peak Velocity", (12222,))
"""A-Wave Peak Velocity (LN 59081-0)."""

AbdominalCircumference: _Final[_Code] = _Code(
    "LN", "11979-2", "Abdominal Circumference", (12005, 12279)
)
"""Abdominal Circumference (LN 11979-2)."""

AccelerationIndex: _Final[_Code] = _Code("LN", "20167-3", "Acceleration Index", (12121, 12222))
"""Acceleration Index (LN 20167-3)."""

AccelerationTime: _Final[_Code] = _Code("LN", "20168-1", "Acceleration Time", (12122, 12222, 12304))
"""Acceleration Time (LN 20168-1)."""

Addendum: _Final[_Code] = _Code("LN", "55107-7", "Addendum", (6052, 7001))
"""Addendum (LN 55107-7)."""

AliasVelocity: _Final[_Code] = _Code("LN", "59130-5", "Alias velocity", (12222, 12304))
"""Alias velocity (LN 59130-5)."""

AmnioticFluidIndex: _Final[_Code] = _Code("LN", "11627-7", "Amniotic Fluid Index", (12008,))
"""Amniotic Fluid Index (LN 11627-7)."""

AnteriorHornLateralVentricularWidth: _Final[_Code] = _Code(
    "LN", "33197-5", "Anterior Horn Lateral ventricular width", (12007,)
)
"""Anterior Horn Lateral ventricular width (LN 33197-5)."""

AnteriorPosteriorAbdominalDiameter: _Final[_Code] = _Code(
    "LN", "11818-2", "Anterior-Posterior Abdominal Diameter", (12005, 12279)
)
"""Anterior-Posterior Abdominal Diameter (LN 11818-2)."""

AnteriorPosteriorTrunkDiameter: _Final[_Code] = _Code(
    "LN", "11819-0", "Anterior-Posterior Trunk Diameter", (12005, 12279)
)
"""Anterior-Posterior Trunk Diameter (LN 11819-0)."""

AorticAnnulusDiameter: _Final[_Code] = _Code("LN", "79940-3", "Aortic annulus diameter", (12300,))
"""Aortic annulus diameter (LN 79940-3)."""

AorticArchDiameter: _Final[_Code] = _Code("LN", "18011-7", "Aortic Arch Diameter", (12212,))
"""Aortic Arch Diameter (LN 18011-7)."""

AorticIsthmusDiameter: _Final[_Code] = _Code("LN", "18014-1", "Aortic Isthmus Diameter", (12212,))
"""Aortic Isthmus Diameter (LN 18014-1)."""

AorticRegurgitantFlow: _Final[_Code] = _Code("LN", "79941-1", "Aortic regurgitant flow", (12300,))
"""Aortic regurgitant flow (LN 79941-1)."""

AorticRegurgitantFraction: _Final[_Code] = _Code(
    "LN", "79942-9", "Aortic regurgitant fraction", (12300,)
)
"""Aortic regurgitant fraction (LN 79942-9)."""

AorticRegurgitantJetAreaLVOTAreaPercent: _Final[_Code] = _Code(
    "LN", "79943-7", "Aortic regurgitant jet area/LVOT area %", (12300,)
)
"""Aortic regurgitant jet area/LVOT area % (LN 79943-7)."""

AorticRegurgitantJetWidthLVOTWidthPercent: _Final[_Code] = _Code(
    "LN", "79944-5", "Aortic regurgitant jet width/LVOT width %", (12300,)
)
"""Aortic regurgitant jet width/LVOT width % (LN 79944-5)."""

AorticRegurgitationPISARadius: _Final[_Code] = _Code(
    "LN", "79945-2", "Aortic regurgitation PISA radius", (12300,)
)
"""Aortic regurgitation PISA radius (LN 79945-2)."""

AorticRegurgitationPISAVelocity: _Final[_Code] = _Code(
    "LN", "79946-0", "Aortic regurgitation PISA velocity", (12300,)
)
"""Aortic regurgitation PISA velocity (LN 79946-0)."""

AorticRegurgitationPressureHalfTime: _Final[_Code] = _Code(
    "LN", "79947-8", "Aortic regurgitation pressure half-time", (12300,)
)
"""Aortic regurgitation pressure half-time (LN 79947-8)."""

AorticRegurgitationVTI: _Final[_Code] = _Code("LN", "79952-8", "Aortic regurgitation VTI", (12300,))
"""Aortic regurgitation VTI (LN 79952-8)."""

AorticRegurgitationVenaContractaWidth: _Final[_Code] = _Code(
    "LN", "79948-6", "Aortic regurgitation vena contracta width", (12300,)
)
"""Aortic regurgitation vena contracta width (LN 79948-6)."""

AorticRegurgitationVmax: _Final[_Code] = _Code(
    "LN", "79949-4", "Aortic regurgitation Vmax", (12300,)
)
"""Aortic regurgitation Vmax (LN 79949-4)."""

AorticRegurgitationVolumeContinuityVTI: _Final[_Code] = _Code(
    "LN", "79950-2", "Aortic regurgitation volume (Continuity VTI)", (12300,)
)
"""Aortic regurgitation volume (Continuity VTI) (LN 79950-2)."""

AorticRegurgitationVolumePISA: _Final[_Code] = _Code(
    "LN", "79951-0", "Aortic regurgitation volume (PISA)", (12300,)
)
"""Aortic regurgitation volume (PISA) (LN 79951-0)."""

AorticRootDiameterBSA: _Final[_Code] = _Code(
    "LN", "79954-4", "Aortic root diameter / BSA", (12300,)
)
"""Aortic root diameter / BSA (LN 79954-4)."""

AorticRootDiameter_18015_8: _Final[_Code] = _Code("LN", "18015-8", "Aortic Root Diameter", (12212,))
"""Aortic Root Diameter (LN 18015-8)."""

AorticRootDiameter_79953_6: _Final[_Code] = _Code("LN", "79953-6", "Aortic root diameter", (12300,))
"""Aortic root diameter (LN 79953-6)."""

AorticRootOxygenContent: _Final[_Code] = _Code(
    "LN", "10232-7", "Aortic Root Oxygen content", (3525,)
)
"""Aortic Root Oxygen content (LN 10232-7)."""

AorticSinotubularJunctionDimension: _Final[_Code] = _Code(
    "LN", "79955-1", "Aortic sinotubular junction dimension", (12300,)
)
"""Aortic sinotubular junction dimension (LN 79955-1)."""

AorticSinotubularJunctionToAorticRootRatio: _Final[_Code] = _Code(
    "LN", "59116-4", "Aortic Sinotubular Junction to Aortic Root Ratio", (12273,)
)
"""Aortic Sinotubular Junction to Aortic Root Ratio (LN 59116-4)."""

AorticValveAreaContinuityVTI: _Final[_Code] = _Code(
    "LN", "79958-5", "Aortic valve area (Continuity VTI)", (12300,)
)
"""Aortic valve area (Continuity VTI) (LN 79958-5)."""

AorticValveAreaContinuityVTIBSA: _Final[_Code] = _Code(
    "LN", "79959-3", "Aortic valve area (Continuity VTI) / BSA", (12300,)
)
"""Aortic valve area (Continuity VTI) / BSA (LN 79959-3)."""

AorticValveAreaContinuityVmax: _Final[_Code] = _Code(
    "LN", "79956-9", "Aortic valve area (Continuity Vmax)", (12300,)
)
"""Aortic valve area (Continuity Vmax) (LN 79956-9)."""

AorticValveAreaContinuityVmaxBSA: _Final[_Code] = _Code(
    "LN", "79957-7", "Aortic valve area (Continuity Vmax) / BSA", (12300,)
)
"""Aortic valve area (Continuity Vmax) / BSA (LN 79957-7)."""

AorticValveCuspSeparation: _Final[_Code] = _Code(
    "LN", "17996-0", "Aortic Valve Cusp Separation", (12211, 12270)
)
"""Aortic Valve Cusp Separation (LN 17996-0)."""

AorticValveEffectiveRegurgitantOrificeArea: _Final[_Code] = _Code(
    "LN", "79960-1", "Aortic valve effective regurgitant orifice area", (12300,)
)
"""Aortic valve effective regurgitant orifice area (LN 79960-1)."""

AorticValveEjectionTime: _Final[_Code] = _Code(
    "LN", "18041-4", "Aortic Valve Ejection Time", (12211,)
)
"""Aortic Valve Ejection Time (LN 18041-4)."""

AorticValveMeanBloodVelocity: _Final[_Code] = _Code(
    "LN", "79961-9", "Aortic valve mean blood velocity", (12300,)
)
"""Aortic valve mean blood velocity (LN 79961-9)."""

AorticValveMeanGradient: _Final[_Code] = _Code(
    "LN", "79962-7", "Aortic valve mean gradient", (12300,)
)
"""Aortic valve mean gradient (LN 79962-7)."""

AorticValvePeakInstantaneousGradient: _Final[_Code] = _Code(
    "LN", "79963-5", "Aortic valve peak instantaneous gradient", (12300,)
)
"""Aortic valve peak instantaneous gradient (LN 79963-5)."""

AorticValveVTI: _Final[_Code] = _Code("LN", "79965-0", "Aortic valve VTI", (12300,))
"""Aortic valve VTI (LN 79965-0)."""

AorticValveVmax: _Final[_Code] = _Code("LN", "79964-3", "Aortic valve Vmax", (12300,))
"""Aortic valve Vmax (LN 79964-3)."""

ArterialBloodBaseExcess: _Final[_Code] = _Code(
    "LN", "1925-7", "Arterial Blood Base Excess", (3527,)
)
"""Arterial Blood Base Excess (LN 1925-7)."""

ArterialBloodCarbonDioxideContent: _Final[_Code] = _Code(
    "LN", "2026-3", "Arterial Blood Carbon dioxide content", (3525,)
)
"""Arterial Blood Carbon dioxide content (LN 2026-3)."""

ArterialBloodCarbonDioxidePartialPressure: _Final[_Code] = _Code(
    "LN", "2019-8", "Arterial Blood Carbon dioxide partial pressure", (3524,)
)
"""Arterial Blood Carbon dioxide partial pressure (LN 2019-8)."""

ArterialBloodPh: _Final[_Code] = _Code("LN", "2744-1", "Arterial Blood pH", (3528,))
"""Arterial Blood pH (LN 2744-1)."""

ArterialOxygenContent: _Final[_Code] = _Code(
    "LN", "19218-7", "Arterial Oxygen content", (3525, 3529)
)
"""Arterial Oxygen content (LN 19218-7)."""

ArterialOxygenPartialPressure: _Final[_Code] = _Code(
    "LN", "2703-7", "Arterial Oxygen partial pressure", (3524,)
)
"""Arterial Oxygen partial pressure (LN 2703-7)."""

ArterialOxygenPartialPressureAt50PercentSaturation: _Final[_Code] = _Code(
    "LN", "19214-6", "Arterial Oxygen partial pressure at 50% saturation", (3524,)
)
"""Arterial Oxygen partial pressure at 50% saturation (LN 19214-6)."""

ArterialOxygenSaturation: _Final[_Code] = _Code(
    "LN", "2708-6", "Arterial Oxygen saturation", (3526,)
)
"""Arterial Oxygen saturation (LN 2708-6)."""

AscendingAortaDimension: _Final[_Code] = _Code(
    "LN", "79966-8", "Ascending Aorta Dimension", (12300,)
)
"""Ascending Aorta Dimension (LN 79966-8)."""

AscendingAorticDiameter: _Final[_Code] = _Code(
    "LN", "18012-5", "Ascending Aortic Diameter", (12212,)
)
"""Ascending Aortic Diameter (LN 18012-5)."""

AverageUltrasoundAge: _Final[_Code] = _Code("LN", "11884-4", "Average Ultrasound Age", (12013,))
"""Average Ultrasound Age (LN 11884-4)."""

AxtByGAShinozuka1996: _Final[_Code] = _Code("LN", "33150-4", "AxT by GA, Shinozuka 1996", (12015,))
"""AxT by GA, Shinozuka 1996 (LN 33150-4)."""

AxtShinozuka1996: _Final[_Code] = _Code("LN", "33078-7", "AxT, Shinozuka 1996", (12013,))
"""AxT, Shinozuka 1996 (LN 33078-7)."""

BCSlope: _Final[_Code] = _Code("LN", "59126-3", "B-C Slope", (12262,))
"""B-C Slope (LN 59126-3)."""

BDJeanty1982: _Final[_Code] = _Code("LN", "33545-5", "BD, Jeanty 1982", (12013,))
"""BD, Jeanty 1982 (LN 33545-5)."""

BPDASUM1989: _Final[_Code] = _Code("LN", "33079-5", "BPD, ASUM 1989", (12013,))
"""BPD, ASUM 1989 (LN 33079-5)."""

BPDAreaCorrected: _Final[_Code] = _Code("LN", "11824-0", "BPD area corrected", (12005, 12279))
"""BPD area corrected (LN 11824-0)."""

BPDByGAASUM2000: _Final[_Code] = _Code("LN", "33151-2", "BPD by GA, ASUM 2000", (12015,))
"""BPD by GA, ASUM 2000 (LN 33151-2)."""

BPDByGAHadlock1984: _Final[_Code] = _Code("LN", "33198-3", "BPD by GA, Hadlock 1984", (12015,))
"""BPD by GA, Hadlock 1984 (LN 33198-3)."""

BPDByGAJeanty1982: _Final[_Code] = _Code("LN", "33153-8", "BPD by GA, Jeanty 1982", (12015,))
"""BPD by GA, Jeanty 1982 (LN 33153-8)."""

BPDByGAMerz1988: _Final[_Code] = _Code("LN", "33154-6", "BPD by GA, Merz 1988", (12015,))
"""BPD by GA, Merz 1988 (LN 33154-6)."""

BPDByGARempen1991: _Final[_Code] = _Code("LN", "33155-3", "BPD by GA, Rempen 1991", (12015,))
"""BPD by GA, Rempen 1991 (LN 33155-3)."""

BPDByGAShinozuka1996: _Final[_Code] = _Code("LN", "33156-1", "BPD by GA, Shinozuka 1996", (12015,))
"""BPD by GA, Shinozuka 1996 (LN 33156-1)."""

BPDDoubilet1993: _Final[_Code] = _Code("LN", "11900-8", "BPD, Doubilet 1993", (12013,))
"""BPD, Doubilet 1993 (LN 11900-8)."""

BPDHadlock1984: _Final[_Code] = _Code("LN", "11902-4", "BPD, Hadlock 1984", (12013,))
"""BPD, Hadlock 1984 (LN 11902-4)."""

BPDHansmann1985: _Final[_Code] = _Code("LN", "11903-2", "BPD, Hansmann 1985", (12013,))
"""BPD, Hansmann 1985 (LN 11903-2)."""

BPDHansmann1986: _Final[_Code] = _Code("LN", "33538-0", "BPD, Hansmann 1986", (12013,))
"""BPD, Hansmann 1986 (LN 33538-0)."""

BPDJeanty1982: _Final[_Code] = _Code("LN", "33539-8", "BPD, Jeanty 1982", (12013,))
"""BPD, Jeanty 1982 (LN 33539-8)."""

BPDJeanty1984: _Final[_Code] = _Code("LN", "11905-7", "BPD, Jeanty 1984", (12013,))
"""BPD, Jeanty 1984 (LN 11905-7)."""

BPDKurtz1980: _Final[_Code] = _Code("LN", "11906-5", "BPD, Kurtz 1980", (12013,))
"""BPD, Kurtz 1980 (LN 11906-5)."""

BPDLessoway1998: _Final[_Code] = _Code("LN", "33080-3", "BPD, Lessoway 1998", (12013,))
"""BPD, Lessoway 1998 (LN 33080-3)."""

BPDMertz1988: _Final[_Code] = _Code("LN", "33081-1", "BPD, Mertz 1988", (12013,))
"""BPD, Mertz 1988 (LN 33081-1)."""

BPDOiChitty1997: _Final[_Code] = _Code("LN", "33086-0", "BPD-oi, Chitty 1997", (12013,))
"""BPD-oi, Chitty 1997 (LN 33086-0)."""

BPDOoChitty1997: _Final[_Code] = _Code("LN", "33087-8", "BPD-oo, Chitty 1997", (12013,))
"""BPD-oo, Chitty 1997 (LN 33087-8)."""

BPDOsaka1989: _Final[_Code] = _Code("LN", "33082-9", "BPD, Osaka 1989", (12013,))
"""BPD, Osaka 1989 (LN 33082-9)."""

BPDOuterInnerByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33556-2", "BPD outer-inner by GA, Chitty 1994", (12015,)
)
"""BPD outer-inner by GA, Chitty 1994 (LN 33556-2)."""

BPDOuterOuterByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33152-0", "BPD outer-outer by GA, Chitty 1994", (12015,)
)
"""BPD outer-outer by GA, Chitty 1994 (LN 33152-0)."""

BPDRempen1991: _Final[_Code] = _Code("LN", "33083-7", "BPD, Rempen 1991", (12013,))
"""BPD, Rempen 1991 (LN 33083-7)."""

BPDSabbagha1978: _Final[_Code] = _Code("LN", "11907-3", "BPD, Sabbagha 1978", (12013,))
"""BPD, Sabbagha 1978 (LN 11907-3)."""

BPDShinozuka1996: _Final[_Code] = _Code("LN", "33084-5", "BPD, Shinozuka 1996", (12013,))
"""BPD, Shinozuka 1996 (LN 33084-5)."""

BPDTokyo1986: _Final[_Code] = _Code("LN", "33085-2", "BPD, Tokyo 1986", (12013,))
"""BPD, Tokyo 1986 (LN 33085-2)."""

BSA: _Final[_Code] = _Code("LN", "8277-6", "BSA", (3455,))
"""BSA (LN 8277-6)."""

BiparietalDiameter: _Final[_Code] = _Code("LN", "11820-8", "Biparietal Diameter", (12005, 12279))
"""Biparietal Diameter (LN 11820-8)."""

BloodBaseExcess: _Final[_Code] = _Code("LN", "11555-0", "Blood Base Excess", (3527,))
"""Blood Base Excess (LN 11555-0)."""

BloodCarbonDioxideContent: _Final[_Code] = _Code(
    "LN", "20565-8", "Blood Carbon dioxide content", (3525,)
)
"""Blood Carbon dioxide content (LN 20565-8)."""

BloodCarbonDioxidePartialPressure: _Final[_Code] = _Code(
    "LN", "11557-6", "Blood Carbon dioxide partial pressure", (3524,)
)
"""Blood Carbon dioxide partial pressure (LN 11557-6)."""

BloodOxygenPartialPressure: _Final[_Code] = _Code(
    "LN", "11556-8", "Blood Oxygen partial pressure", (3524,)
)
"""Blood Oxygen partial pressure (LN 11556-8)."""

BloodOxygenSaturation: _Final[_Code] = _Code("LN", "20564-1", "Blood Oxygen saturation", (3526,))
"""Blood Oxygen saturation (LN 20564-1)."""

BloodPh: _Final[_Code] = _Code("LN", "11558-4", "Blood pH", (3528,))
"""Blood pH (LN 11558-4)."""

BpdaHadlock1982: _Final[_Code] = _Code("LN", "11901-6", "BPDa, Hadlock 1982", (12013,))
"""BPDa, Hadlock 1982 (LN 11901-6)."""

BrainMRI: _Final[_Code] = _Code("LN", "24590-2", "Brain MRI", (646, 7000))
"""Brain MRI (LN 24590-2)."""

BrainPET: _Final[_Code] = _Code("LN", "44138-6", "Brain PET", (646,))
"""Brain PET (LN 44138-6)."""

BreastBilateralMammogram: _Final[_Code] = _Code(
    "LN", "36626-0", "breast - bilateral mammogram", (6050,)
)
"""breast - bilateral mammogram (LN 36626-0)."""

BreastBilateralMr: _Final[_Code] = _Code("LN", "30795-9", "breast - bilateral mr", (6050,))
"""breast - bilateral mr (LN 30795-9)."""

BreastBilateralMrWContrastIv: _Final[_Code] = _Code(
    "LN", "36150-1", "breast - bilateral mr w contrast iv", (6050,)
)
"""breast - bilateral mr w contrast iv (LN 36150-1)."""

BreastBilateralMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "36277-2", "breast - bilateral mr wo and w contrast iv", (6050,)
)
"""breast - bilateral mr wo and w contrast iv (LN 36277-2)."""

BreastFfdMammogram: _Final[_Code] = _Code("LN", "46342-2", "breast ffd mammogram", (6050,))
"""breast ffd mammogram (LN 46342-2)."""

BreastLeftMammogram: _Final[_Code] = _Code("LN", "36627-8", "breast - left mammogram", (6050,))
"""breast - left mammogram (LN 36627-8)."""

BreastLeftMr: _Final[_Code] = _Code("LN", "35954-7", "breast - left mr", (6050,))
"""breast - left mr (LN 35954-7)."""

BreastLeftMrWContrastIv: _Final[_Code] = _Code(
    "LN", "36151-9", "breast - left mr w contrast iv", (6050,)
)
"""breast - left mr w contrast iv (LN 36151-9)."""

BreastLeftMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "36278-0", "breast - left mr wo and w contrast iv", (6050,)
)
"""breast - left mr wo and w contrast iv (LN 36278-0)."""

BreastMrWContrastIv: _Final[_Code] = _Code("LN", "36149-3", "breast mr w contrast iv", (6050,))
"""breast mr w contrast iv (LN 36149-3)."""

BreastMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "36276-4", "breast mr wo and w contrast iv", (6050,)
)
"""breast mr wo and w contrast iv (LN 36276-4)."""

BreastRightMammogram: _Final[_Code] = _Code("LN", "37774-7", "breast - right mammogram", (6050,))
"""breast - right mammogram (LN 37774-7)."""

BreastRightMr: _Final[_Code] = _Code("LN", "35955-4", "breast - right mr", (6050,))
"""breast - right mr (LN 35955-4)."""

BreastRightMrWContrastIv: _Final[_Code] = _Code(
    "LN", "36152-7", "breast - right mr w contrast iv", (6050,)
)
"""breast - right mr w contrast iv (LN 36152-7)."""

BreastRightMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "36279-8", "breast - right mr wo and w contrast iv", (6050,)
)
"""breast - right mr wo and w contrast iv (LN 36279-8)."""

BreastUnilateralMammogram: _Final[_Code] = _Code(
    "LN", "46339-8", "breast - unilateral mammogram", (6050,)
)
"""breast - unilateral mammogram (LN 46339-8)."""

BreastUnilateralMr: _Final[_Code] = _Code("LN", "46299-4", "breast - unilateral mr", (6050,))
"""breast - unilateral mr (LN 46299-4)."""

BreastUnilateralMrWContrastIv: _Final[_Code] = _Code(
    "LN", "46323-2", "breast - unilateral mr w contrast iv", (6050,)
)
"""breast - unilateral mr w contrast iv (LN 46323-2)."""

BreastUnilateralMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "43528-9", "breast - unilateral mr wo and w contrast iv", (6050,)
)
"""breast - unilateral mr wo and w contrast iv (LN 43528-9)."""

BreastUnilateralMrWoContrast: _Final[_Code] = _Code(
    "LN", "46333-1", "breast - unilateral mr wo contrast", (6050,)
)
"""breast - unilateral mr wo contrast (LN 46333-1)."""

CEDistance: _Final[_Code] = _Code("LN", "59122-2", "C-E Distance", (12251,))
"""C-E Distance (LN 59122-2)."""

CKDEPIFormulaEstimationOfGFR: _Final[_Code] = _Code(
    "LN", "62238-1", "CKD-EPI Formula estimation of GFR", (10046,)
)
"""CKD-EPI Formula estimation of GFR (LN 62238-1)."""

CRLASUM1991: _Final[_Code] = _Code("LN", "33089-4", "CRL, ASUM 1991", (12013,))
"""CRL, ASUM 1991 (LN 33089-4)."""

CRLASUM2000: _Final[_Code] = _Code("LN", "33090-2", "CRL, ASUM 2000", (12013,))
"""CRL, ASUM 2000 (LN 33090-2)."""

CRLByGAASUM2000: _Final[_Code] = _Code("LN", "33159-5", "CRL by GA ASUM 2000", (12015,))
"""CRL by GA ASUM 2000 (LN 33159-5)."""

CRLByGARempen1991: _Final[_Code] = _Code("LN", "33160-3", "CRL by GA, Rempen1991", (12015,))
"""CRL by GA, Rempen1991 (LN 33160-3)."""

CRLByGAShinozuka1996: _Final[_Code] = _Code("LN", "33161-1", "CRL by GA, Shinozuka 1996", (12015,))
"""CRL by GA, Shinozuka 1996 (LN 33161-1)."""

CRLDaya1993: _Final[_Code] = _Code("LN", "33091-0", "CRL, Daya 1993", (12013,))
"""CRL, Daya 1993 (LN 33091-0)."""

CRLHadlock1992: _Final[_Code] = _Code("LN", "11910-7", "CRL, Hadlock 1992", (12013,))
"""CRL, Hadlock 1992 (LN 11910-7)."""

CRLHansmann1985: _Final[_Code] = _Code("LN", "11911-5", "CRL, Hansmann 1985", (12013,))
"""CRL, Hansmann 1985 (LN 11911-5)."""

CRLHansmann1986: _Final[_Code] = _Code("LN", "33540-6", "CRL, Hansmann 1986", (12013,))
"""CRL, Hansmann 1986 (LN 33540-6)."""

CRLJeanty1982: _Final[_Code] = _Code("LN", "33092-8", "CRL, Jeanty 1982", (12013,))
"""CRL, Jeanty 1982 (LN 33092-8)."""

CRLJeanty1984: _Final[_Code] = _Code("LN", "11917-2", "CRL, Jeanty 1984", (12013,))
"""CRL, Jeanty 1984 (LN 11917-2)."""

CRLNelson1981: _Final[_Code] = _Code("LN", "11913-1", "CRL, Nelson 1981", (12013,))
"""CRL, Nelson 1981 (LN 11913-1)."""

CRLOsaka1989: _Final[_Code] = _Code("LN", "33093-6", "CRL, Osaka 1989", (12013,))
"""CRL, Osaka 1989 (LN 33093-6)."""

CRLRempen1991: _Final[_Code] = _Code("LN", "33094-4", "CRL, Rempen 1991", (12013,))
"""CRL, Rempen 1991 (LN 33094-4)."""

CRLRobinson1975: _Final[_Code] = _Code("LN", "11914-9", "CRL, Robinson 1975", (12013,))
"""CRL, Robinson 1975 (LN 11914-9)."""

CRLShinozuka1996: _Final[_Code] = _Code("LN", "33095-1", "CRL, Shinozuka 1996", (12013,))
"""CRL, Shinozuka 1996 (LN 33095-1)."""

CRLTokyo1986: _Final[_Code] = _Code("LN", "33096-9", "CRL, Tokyo 1986", (12013,))
"""CRL, Tokyo 1986 (LN 33096-9)."""

CT3DCAMModel: _Final[_Code] = _Code("LN", "85040-4", "CT 3D CAM model", (7061,))
"""CT 3D CAM model (LN 85040-4)."""

CTAbdomenReport: _Final[_Code] = _Code("LN", "41806-1", "CT Abdomen Report", (7000,))
"""CT Abdomen Report (LN 41806-1)."""

CTChestReport: _Final[_Code] = _Code("LN", "24627-2", "CT Chest Report", (7000,))
"""CT Chest Report (LN 24627-2)."""

CTPerfusionHeadWithContrastIV: _Final[_Code] = _Code(
    "LN", "39142-5", "CT perfusion head with contrast IV", (100,)
)
"""CT perfusion head with contrast IV (LN 39142-5)."""

CTUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "25045-6", "CT unspecified body region", (100, 7000)
)
"""CT unspecified body region (LN 25045-6)."""

CapillaryBloodOxygenSaturation: _Final[_Code] = _Code(
    "LN", "2709-4", "Capillary Blood Oxygen Saturation", (3526,)
)
"""Capillary Blood Oxygen Saturation (LN 2709-4)."""

CapillaryBloodOxygenSaturationByOximetry: _Final[_Code] = _Code(
    "LN", "2710-2", "Capillary Blood Oxygen Saturation, by Oximetry", (3526,)
)
"""Capillary Blood Oxygen Saturation, by Oximetry (LN 2710-2)."""

CardiacCatheterizationReport: _Final[_Code] = _Code(
    "LN", "18745-0", "Cardiac Catheterization Report", (7000,)
)
"""Cardiac Catheterization Report (LN 18745-0)."""

CardiacCircumferenceTransverseByUS: _Final[_Code] = _Code(
    "LN", "59073-7", "Cardiac Circumference, transverse by US", (12279,)
)
"""Cardiac Circumference, transverse by US (LN 59073-7)."""

CardiacCrossSectionalAreaTransverseByUS: _Final[_Code] = _Code(
    "LN", "59075-2", "Cardiac Cross-sectional Area, transverse by US", (12279,)
)
"""Cardiac Cross-sectional Area, transverse by US (LN 59075-2)."""

CardiacElectrophysiologyReport: _Final[_Code] = _Code(
    "LN", "18750-0", "Cardiac Electrophysiology Report", (7000,)
)
"""Cardiac Electrophysiology Report (LN 18750-0)."""

CardiacRhythm: _Final[_Code] = _Code("LN", "8884-9", "Cardiac Rhythm", (3441,))
"""Cardiac Rhythm (LN 8884-9)."""

CardiothoracicAreaRatio: _Final[_Code] = _Code(
    "LN", "59076-0", "Cardiothoracic Area Ratio", (12279,)
)
"""Cardiothoracic Area Ratio (LN 59076-0)."""

CardiothoracicCircumferenceRatio: _Final[_Code] = _Code(
    "LN", "59074-5", "Cardiothoracic Circumference Ratio", (12279,)
)
"""Cardiothoracic Circumference Ratio (LN 59074-5)."""

CephalicIndex: _Final[_Code] = _Code("LN", "11823-2", "Cephalic Index", (12004,))
"""Cephalic Index (LN 11823-2)."""

CephalicIndexByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33157-9", "Cephalic Index by GA, Chitty 1994", (12015,)
)
"""Cephalic Index by GA, Chitty 1994 (LN 33157-9)."""

CephalicIndexByGAHadlock1981: _Final[_Code] = _Code(
    "LN", "33158-7", "Cephalic Index by GA, Hadlock 1981", (12015,)
)
"""Cephalic Index by GA, Hadlock 1981 (LN 33158-7)."""

CervixLength: _Final[_Code] = _Code("LN", "11961-0", "Cervix Length", (12011,))
"""Cervix Length (LN 11961-0)."""

CisternaMagnaLength: _Final[_Code] = _Code(
    "LN", "11860-4", "Cisterna Magna Length", (12005, 12007, 12279)
)
"""Cisterna Magna Length (LN 11860-4)."""

ClavicleLength: _Final[_Code] = _Code("LN", "11962-8", "Clavicle length", (12006,))
"""Clavicle length (LN 11962-8)."""

ClavicleLengthYarkoni1985: _Final[_Code] = _Code(
    "LN", "33088-6", "Clavicle length, Yarkoni 1985", (12013,)
)
"""Clavicle length, Yarkoni 1985 (LN 33088-6)."""

ClinicalInformation: _Final[_Code] = _Code("LN", "55752-0", "Clinical Information", (7001,))
"""Clinical Information (LN 55752-0)."""

ClosureToOpeningTime: _Final[_Code] = _Code("LN", "59082-8", "Closure to Opening Time", (12254,))
"""Closure to Opening Time (LN 59082-8)."""

CockroftGaultFormulaEstimationOfGFR: _Final[_Code] = _Code(
    "LN", "35591-7", "Cockroft-Gault Formula estimation of GFR", (10046,)
)
"""Cockroft-Gault Formula estimation of GFR (LN 35591-7)."""

CommunicationOfCriticalResults: _Final[_Code] = _Code(
    "LN", "73568-8", "Communication of Critical Results", (7001,)
)
"""Communication of Critical Results (LN 73568-8)."""

Complications: _Final[_Code] = _Code("LN", "55109-3", "Complications", (7001,))
"""Complications (LN 55109-3)."""

CompositeUltrasoundAge: _Final[_Code] = _Code("LN", "11888-5", "Composite Ultrasound Age", (12019,))
"""Composite Ultrasound Age (LN 11888-5)."""

ConceptionDate: _Final[_Code] = _Code("LN", "33067-0", "Conception Date", (12003,))
"""Conception Date (LN 33067-0)."""

Conclusions: _Final[_Code] = _Code("LN", "55110-1", "Conclusions", (6052, 7001))
"""Conclusions (LN 55110-1)."""

CrownRumpLength: _Final[_Code] = _Code("LN", "11957-8", "Crown Rump Length", (12009,))
"""Crown Rump Length (LN 11957-8)."""

CurrentProcedureDescriptions: _Final[_Code] = _Code(
    "LN", "55111-9", "Current Procedure Descriptions", (7001,)
)
"""Current Procedure Descriptions (LN 55111-9)."""

DEExcursion: _Final[_Code] = _Code("LN", "59091-9", "D-E Excursion", (12251,))
"""D-E Excursion (LN 59091-9)."""

DESlope: _Final[_Code] = _Code("LN", "59127-1", "D-E Slope", (12222,))
"""D-E Slope (LN 59127-1)."""

DEXASkeletalSystemStudyReport: _Final[_Code] = _Code(
    "LN", "38269-7", "DEXA Skeletal System Study Report", (7000,)
)
"""DEXA Skeletal System Study Report (LN 38269-7)."""

DecelerationSlope: _Final[_Code] = _Code("LN", "20216-8", "Deceleration Slope", (12222,))
"""Deceleration Slope (LN 20216-8)."""

DecelerationTime: _Final[_Code] = _Code("LN", "20217-6", "Deceleration Time", (12122, 12222, 12304))
"""Deceleration Time (LN 20217-6)."""

DescendingAorticDiameter: _Final[_Code] = _Code(
    "LN", "18013-3", "Descending Aortic Diameter", (12212,)
)
"""Descending Aortic Diameter (LN 18013-3)."""

DiagnosticImagingReport: _Final[_Code] = _Code(
    "LN", "18748-4", "Diagnostic Imaging Report", (7000,)
)
"""Diagnostic Imaging Report (LN 18748-4)."""

DiagnosticInterventionalRadiologyReport: _Final[_Code] = _Code(
    "LN", "47048-4", "Diagnostic Interventional Radiology Report", (7000,)
)
"""Diagnostic Interventional Radiology Report (LN 47048-4)."""

DpDtByUS: _Final[_Code] = _Code("LN", "59120-6", "dP/dt by US", (12254, 12304))
"""dP/dt by US (LN 59120-6)."""

ECGReport: _Final[_Code] = _Code("LN", "11524-0", "ECG Report", (7000,))
"""ECG Report (LN 11524-0)."""

EDD: _Final[_Code] = _Code("LN", "11778-8", "EDD", (12003,))
"""EDD (LN 11778-8)."""

EDDFromAverageUltrasoundAge: _Final[_Code] = _Code(
    "LN", "11781-2", "EDD from average ultrasound age", (12003,)
)
"""EDD from average ultrasound age (LN 11781-2)."""

EDDFromLMP: _Final[_Code] = _Code("LN", "11779-6", "EDD from LMP", (12003,))
"""EDD from LMP (LN 11779-6)."""

EDDFromOvulationDate: _Final[_Code] = _Code("LN", "11780-4", "EDD from ovulation date", (12003,))
"""EDD from ovulation date (LN 11780-4)."""

EFSlope: _Final[_Code] = _Code("LN", "59128-9", "E-F Slope", (12222,))
"""E-F Slope (LN 59128-9)."""

EFW1ByShinozuka1996: _Final[_Code] = _Code("LN", "33141-3", "EFW1 by Shinozuka 1996", (12014,))
"""EFW1 by Shinozuka 1996 (LN 33141-3)."""

EFW2ByShinozuka1996: _Final[_Code] = _Code("LN", "33142-1", "EFW2 by Shinozuka 1996", (12014,))
"""EFW2 by Shinozuka 1996 (LN 33142-1)."""

EFW3ByShinozuka1996: _Final[_Code] = _Code("LN", "33143-9", "EFW3 by Shinozuka 1996", (12014,))
"""EFW3 by Shinozuka 1996 (LN 33143-9)."""

EFWByACAndBPDShepard1982: _Final[_Code] = _Code(
    "LN", "11739-0", "EFW by AC and BPD, Shepard 1982", (12014,)
)
"""EFW by AC and BPD, Shepard 1982 (LN 11739-0)."""

EFWByACBPDFLHCHadlock1985: _Final[_Code] = _Code(
    "LN", "11732-5", "EFW by AC, BPD, FL, HC, Hadlock 1985", (12014,)
)
"""EFW by AC, BPD, FL, HC, Hadlock 1985 (LN 11732-5)."""

EFWByACBPDFLHadlock1984: _Final[_Code] = _Code(
    "LN", "11734-1", "EFW by AC, BPD, FL, Hadlock 1984", (12014,)
)
"""EFW by AC, BPD, FL, Hadlock 1984 (LN 11734-1)."""

EFWByACBPDFLHadlock1985: _Final[_Code] = _Code(
    "LN", "11735-8", "EFW by AC, BPD, FL, Hadlock 1985", (12014,)
)
"""EFW by AC, BPD, FL, Hadlock 1985 (LN 11735-8)."""

EFWByACBPDHadlock1984: _Final[_Code] = _Code(
    "LN", "11738-2", "EFW by AC, BPD, Hadlock 1984", (12014,)
)
"""EFW by AC, BPD, Hadlock 1984 (LN 11738-2)."""

EFWByACCampbell1975: _Final[_Code] = _Code("LN", "11756-4", "EFW by AC, Campbell 1975", (12014,))
"""EFW by AC, Campbell 1975 (LN 11756-4)."""

EFWByACFLHCHadlock1985: _Final[_Code] = _Code(
    "LN", "11746-5", "EFW by AC, FL, HC, Hadlock 1985", (12014,)
)
"""EFW by AC, FL, HC, Hadlock 1985 (LN 11746-5)."""

EFWByACFLHadlock1984: _Final[_Code] = _Code(
    "LN", "11750-7", "EFW by AC, FL, Hadlock 1984", (12014,)
)
"""EFW by AC, FL, Hadlock 1984 (LN 11750-7)."""

EFWByACFLHadlock1985: _Final[_Code] = _Code(
    "LN", "11751-5", "EFW by AC, FL, Hadlock 1985", (12014,)
)
"""EFW by AC, FL, Hadlock 1985 (LN 11751-5)."""

EFWByACHCHadlock1984: _Final[_Code] = _Code("LN", "11754-9", "EFW by AC, HC Hadlock 1984", (12014,))
"""EFW by AC, HC Hadlock 1984 (LN 11754-9)."""

EFWByBPDAPADTADFLTokyo1987: _Final[_Code] = _Code(
    "LN", "33144-7", "EFW by BPD, APAD, TAD, FL, Tokyo 1987", (12014,)
)
"""EFW by BPD, APAD, TAD, FL, Tokyo 1987 (LN 33144-7)."""

EFWByBPDFTAFLOsaka1990: _Final[_Code] = _Code(
    "LN", "33140-5", "EFW by BPD, FTA, FL, Osaka 1990", (12014,)
)
"""EFW by BPD, FTA, FL, Osaka 1990 (LN 33140-5)."""

EFWByBPDTTDHansmann1986: _Final[_Code] = _Code(
    "LN", "33139-7", "EFW by BPD, TTD, Hansmann 1986", (12014,)
)
"""EFW by BPD, TTD, Hansmann 1986 (LN 33139-7)."""

EFWByGAHadlock1991: _Final[_Code] = _Code("LN", "33162-9", "EFW by GA, Hadlock 1991", (12015,))
"""EFW by GA, Hadlock 1991 (LN 33162-9)."""

EFWByGAHansmann1986: _Final[_Code] = _Code("LN", "33163-7", "EFW by GA, Hansmann 1986", (12015,))
"""EFW by GA, Hansmann 1986 (LN 33163-7)."""

EFWDiscordance: _Final[_Code] = _Code("LN", "98031-8", "EFW Discordance", (12019,))
"""EFW Discordance (LN 98031-8)."""

EFWPercentileRank: _Final[_Code] = _Code("LN", "11767-1", "EFW percentile rank", (12019,))
"""EFW percentile rank (LN 11767-1)."""

EFWRatio: _Final[_Code] = _Code("LN", "98032-6", "EFW Ratio", (12019,))
"""EFW Ratio (LN 98032-6)."""

EVelocityToAnnulusEVelocityRatio: _Final[_Code] = _Code(
    "LN", "59111-5", "E Velocity to Annulus E Velocity Ratio", (12222,)
)
"""E Velocity to Annulus E Velocity Ratio (LN 59111-5)."""

EWavePeakVelocity: _Final[_Code] = _Code("LN", "59080-2", "E-Wave Peak Velocity", (12222,))
"""E-Wave Peak Velocity (LN 59080-2)."""

EchocardiographyReport: _Final[_Code] = _Code("LN", "42148-7", "Echocardiography Report", (7000,))
"""Echocardiography Report (LN 42148-7)."""

EjectionTime: _Final[_Code] = _Code("LN", "20222-6", "Ejection Time", (12254,))
"""Ejection Time (LN 20222-6)."""

EndDiastolicVelocity: _Final[_Code] = _Code(
    "LN", "11653-3", "End Diastolic Velocity", (12120, 12222)
)
"""End Diastolic Velocity (LN 11653-3)."""

EndocardialArea: _Final[_Code] = _Code("LN", "59094-3", "Endocardial Area", (12255,))
"""Endocardial Area (LN 59094-3)."""

EndometriumThickness: _Final[_Code] = _Code("LN", "12145-9", "Endometrium Thickness", (12011,))
"""Endometrium Thickness (LN 12145-9)."""

EnvelopeDuration: _Final[_Code] = _Code("LN", "59108-1", "Envelope Duration", (12254,))
"""Envelope Duration (LN 59108-1)."""

EpicardialArea: _Final[_Code] = _Code("LN", "59093-5", "Epicardial Area", (12255, 12304))
"""Epicardial Area (LN 59093-5)."""

EstimatedLMPByEDD: _Final[_Code] = _Code("LN", "33066-2", "Estimated LMP by EDD", (12003,))
"""Estimated LMP by EDD (LN 33066-2)."""

EstimatedWeight: _Final[_Code] = _Code("LN", "11727-5", "Estimated Weight", (12019,))
"""Estimated Weight (LN 11727-5)."""

ExerciseStressTestReport: _Final[_Code] = _Code(
    "LN", "18752-6", "Exercise Stress Test Report", (7000,)
)
"""Exercise Stress Test Report (LN 18752-6)."""

FLAC: _Final[_Code] = _Code("LN", "11871-1", "FL/AC", (12004,))
"""FL/AC (LN 11871-1)."""

FLBPD: _Final[_Code] = _Code("LN", "11872-9", "FL/BPD", (12004,))
"""FL/BPD (LN 11872-9)."""

FLByGAASUM2000: _Final[_Code] = _Code("LN", "33165-2", "FL by GA, ASUM 2000", (12015,))
"""FL by GA, ASUM 2000 (LN 33165-2)."""

FLByGAChitty1994: _Final[_Code] = _Code("LN", "33167-8", "FL by GA, Chitty 1994", (12015,))
"""FL by GA, Chitty 1994 (LN 33167-8)."""

FLByGAHadlock1984: _Final[_Code] = _Code("LN", "33166-0", "FL by GA, Hadlock 1984", (12015,))
"""FL by GA, Hadlock 1984 (LN 33166-0)."""

FLByGAJeanty1982: _Final[_Code] = _Code("LN", "33168-6", "FL by GA, Jeanty 1982", (12015,))
"""FL by GA, Jeanty 1982 (LN 33168-6)."""

FLByGAMerz1988: _Final[_Code] = _Code("LN", "33169-4", "FL by GA, Merz 1988", (12015,))
"""FL by GA, Merz 1988 (LN 33169-4)."""

FLByGAShinozuka1996: _Final[_Code] = _Code("LN", "33170-2", "FL by GA, Shinozuka 1996", (12015,))
"""FL by GA, Shinozuka 1996 (LN 33170-2)."""

FLChitty1997: _Final[_Code] = _Code("LN", "33098-5", "FL, Chitty 1997", (12013,))
"""FL, Chitty 1997 (LN 33098-5)."""

FLHC: _Final[_Code] = _Code("LN", "11873-7", "FL/HC", (12004,))
"""FL/HC (LN 11873-7)."""

FLHadlock1984: _Final[_Code] = _Code("LN", "11920-6", "FL, Hadlock 1984", (12013,))
"""FL, Hadlock 1984 (LN 11920-6)."""

FLHansmann1985: _Final[_Code] = _Code("LN", "11921-4", "FL, Hansmann 1985", (12013,))
"""FL, Hansmann 1985 (LN 11921-4)."""

FLHansmann1986: _Final[_Code] = _Code("LN", "33541-4", "FL, Hansmann 1986", (12013,))
"""FL, Hansmann 1986 (LN 33541-4)."""

FLHohler1982: _Final[_Code] = _Code("LN", "11922-2", "FL, Hohler 1982", (12013,))
"""FL, Hohler 1982 (LN 11922-2)."""

FLJeanty1982: _Final[_Code] = _Code("LN", "33099-3", "FL, Jeanty 1982", (12013,))
"""FL, Jeanty 1982 (LN 33099-3)."""

FLJeanty1984: _Final[_Code] = _Code("LN", "11923-0", "FL, Jeanty 1984", (12013,))
"""FL, Jeanty 1984 (LN 11923-0)."""

FLLessoway1998: _Final[_Code] = _Code("LN", "33100-9", "FL, Lessoway 1998", (12013,))
"""FL, Lessoway 1998 (LN 33100-9)."""

FLMerz1987: _Final[_Code] = _Code("LN", "11924-8", "FL, Merz 1987", (12013,))
"""FL, Merz 1987 (LN 11924-8)."""

FLMerz1988: _Final[_Code] = _Code("LN", "33542-2", "FL, Merz 1988", (12013,))
"""FL, Merz 1988 (LN 33542-2)."""

FLOsaka1989: _Final[_Code] = _Code("LN", "33101-7", "FL, Osaka 1989", (12013,))
"""FL, Osaka 1989 (LN 33101-7)."""

FLShinozuka1996: _Final[_Code] = _Code("LN", "33102-5", "FL, Shinozuka 1996", (12013,))
"""FL, Shinozuka 1996 (LN 33102-5)."""

FLTokyo1986: _Final[_Code] = _Code("LN", "33103-3", "FL, Tokyo 1986", (12013,))
"""FL, Tokyo 1986 (LN 33103-3)."""

FWPByGAAlexander1996: _Final[_Code] = _Code("LN", "33185-0", "FWP by GA, Alexander, 1996", (12016,))
"""FWP by GA, Alexander, 1996 (LN 33185-0)."""

FWPByGABrenner1976: _Final[_Code] = _Code("LN", "33189-2", "FWP by GA, Brenner 1976", (12016,))
"""FWP by GA, Brenner 1976 (LN 33189-2)."""

FWPByGAHadlock1985: _Final[_Code] = _Code("LN", "33190-0", "FWP by GA, Hadlock 1985", (12016,))
"""FWP by GA, Hadlock 1985 (LN 33190-0)."""

FWPByGAWilliams1982: _Final[_Code] = _Code("LN", "33184-3", "FWP by GA, Williams, 1982", (12016,))
"""FWP by GA, Williams, 1982 (LN 33184-3)."""

FemaleSingletonBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33187-6", "Female Singleton BWP by GA, Arbuckle 1993", (12016,)
)
"""Female Singleton BWP by GA, Arbuckle 1993 (LN 33187-6)."""

FemaleTwinsBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33188-4", "Female Twins BWP by GA, Arbuckle 1993", (12016,)
)
"""Female Twins BWP by GA, Arbuckle 1993 (LN 33188-4)."""

FemurLength: _Final[_Code] = _Code("LN", "11963-6", "Femur Length", (12005, 12006, 12279))
"""Femur Length (LN 11963-6)."""

FetalHeartRate: _Final[_Code] = _Code("LN", "11948-7", "Fetal Heart Rate", (12019,))
"""Fetal Heart Rate (LN 11948-7)."""

FetalTrunkCrossSectionalAreaOsaka1989: _Final[_Code] = _Code(
    "LN", "33138-9", "Fetal Trunk Cross-Sectional Area, Osaka 1989", (12013,)
)
"""Fetal Trunk Cross-Sectional Area, Osaka 1989 (LN 33138-9)."""

FibulaByGAJeanty1983: _Final[_Code] = _Code("LN", "33164-5", "Fibula by GA, Jeanty 1983", (12015,))
"""Fibula by GA, Jeanty 1983 (LN 33164-5)."""

FibulaJeanty1983: _Final[_Code] = _Code("LN", "33097-7", "Fibula, Jeanty 1983", (12013,))
"""Fibula, Jeanty 1983 (LN 33097-7)."""

FibulaLength: _Final[_Code] = _Code("LN", "11964-4", "Fibula length", (12006,))
"""Fibula length (LN 11964-4)."""

FibulaMerz1987: _Final[_Code] = _Code("LN", "11918-0", "Fibula, Merz 1987", (12013,))
"""Fibula, Merz 1987 (LN 11918-0)."""

FillingTime: _Final[_Code] = _Code("LN", "59119-8", "Filling Time", (12254,))
"""Filling Time (LN 59119-8)."""

Findings: _Final[_Code] = _Code("LN", "59776-5", "Findings", (6052, 7001))
"""Findings (LN 59776-5)."""

FirstQuadrantDiameter: _Final[_Code] = _Code("LN", "11624-4", "First Quadrant Diameter", (12008,))
"""First Quadrant Diameter (LN 11624-4)."""

FitzpatrickSkinTypeI: _Final[_Code] = _Code("LN", "C74569", "Fitzpatrick Skin Type I", (4401,))
"""Fitzpatrick Skin Type I (LN C74569)."""

FitzpatrickSkinTypeII: _Final[_Code] = _Code("LN", "C74570", "Fitzpatrick Skin Type II", (4401,))
"""Fitzpatrick Skin Type II (LN C74570)."""

FitzpatrickSkinTypeIII: _Final[_Code] = _Code("LN", "C74571", "Fitzpatrick Skin Type III", (4401,))
"""Fitzpatrick Skin Type III (LN C74571)."""

FitzpatrickSkinTypeIV: _Final[_Code] = _Code("LN", "C74572", "Fitzpatrick Skin Type IV", (4401,))
"""Fitzpatrick Skin Type IV (LN C74572)."""

FitzpatrickSkinTypeV: _Final[_Code] = _Code("LN", "C74573", "Fitzpatrick Skin Type V", (4401,))
"""Fitzpatrick Skin Type V (LN C74573)."""

FitzpatrickSkinTypeVI: _Final[_Code] = _Code("LN", "C74574", "Fitzpatrick Skin Type VI", (4401,))
"""Fitzpatrick Skin Type VI (LN C74574)."""

FlowArea: _Final[_Code] = _Code("LN", "20226-7", "Flow Area", (12253,))
"""Flow Area (LN 20226-7)."""

FlowRadius: _Final[_Code] = _Code("LN", "59102-4", "Flow Radius", (12222,))
"""Flow Radius (LN 59102-4)."""

FluoroscopyStudyReport: _Final[_Code] = _Code("LN", "49512-7", "Fluoroscopy Study Report", (7000,))
"""Fluoroscopy Study Report (LN 49512-7)."""

FootLength: _Final[_Code] = _Code("LN", "11965-1", "Foot length", (12005,))
"""Foot length (LN 11965-1)."""

FootLengthMercer1987: _Final[_Code] = _Code("LN", "11926-3", "Foot Length, Mercer 1987", (12013,))
"""Foot Length, Mercer 1987 (LN 11926-3)."""

ForamenOvaleDiameterAorticRootDiameter: _Final[_Code] = _Code(
    "LN", "59077-8", "Foramen Ovale Diameter/Aortic Root Diameter", (12279,)
)
"""Foramen Ovale Diameter/Aortic Root Diameter (LN 59077-8)."""

FourthQuadrantDiameter: _Final[_Code] = _Code("LN", "11623-6", "Fourth Quadrant Diameter", (12008,))
"""Fourth Quadrant Diameter (LN 11623-6)."""

FractionalShortening: _Final[_Code] = _Code(
    "LN", "59132-1", "Fractional Shortening", (12252, 12304)
)
"""Fractional Shortening (LN 59132-1)."""

GSByGARempen1991: _Final[_Code] = _Code("LN", "33171-0", "GS by GA, Rempen 1991", (12015,))
"""GS by GA, Rempen 1991 (LN 33171-0)."""

GSDaya1991: _Final[_Code] = _Code("LN", "33104-1", "GS, Daya 1991", (12013,))
"""GS, Daya 1991 (LN 33104-1)."""

GSHansmann1979: _Final[_Code] = _Code("LN", "33105-8", "GS, Hansmann 1979", (12013,))
"""GS, Hansmann 1979 (LN 33105-8)."""

GSHansmann1982: _Final[_Code] = _Code("LN", "33106-6", "GS, Hansmann 1982", (12013,))
"""GS, Hansmann 1982 (LN 33106-6)."""

GSHellman1969: _Final[_Code] = _Code("LN", "11928-9", "GS, Hellman 1969", (12013,))
"""GS, Hellman 1969 (LN 11928-9)."""

GSNyberg1992: _Final[_Code] = _Code("LN", "33107-4", "GS, Nyberg 1992", (12013,))
"""GS, Nyberg 1992 (LN 33107-4)."""

GSRempen1991: _Final[_Code] = _Code("LN", "11929-7", "GS, Rempen 1991", (12013,))
"""GS, Rempen 1991 (LN 11929-7)."""

GSTokyo1986: _Final[_Code] = _Code("LN", "33108-2", "GS, Tokyo 1986", (12013,))
"""GS, Tokyo 1986 (LN 33108-2)."""

GestationalAge: _Final[_Code] = _Code("LN", "18185-9", "Gestational Age", (12019,))
"""Gestational Age (LN 18185-9)."""

GestationalAgeByLMP: _Final[_Code] = _Code(
    "LN", "11885-1", "Gestational Age by LMP", (12013, 12019)
)
"""Gestational Age by LMP (LN 11885-1)."""

GestationalAgeByOvulationDate: _Final[_Code] = _Code(
    "LN", "11886-9", "Gestational Age by ovulation date", (12018,)
)
"""Gestational Age by ovulation date (LN 11886-9)."""

GestationalSacDiameter: _Final[_Code] = _Code("LN", "11850-5", "Gestational Sac Diameter", (12009,))
"""Gestational Sac Diameter (LN 11850-5)."""

GlomerularFiltrationRateBlackMDRD: _Final[_Code] = _Code(
    "LN", "48643-1", "Glomerular Filtration Rate black (MDRD)", (10046,)
)
"""Glomerular Filtration Rate black (MDRD) (LN 48643-1)."""

GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: _Final[_Code] = _Code(
    "LN", "50384-7", "Glomerular Filtration Rate Creatinine-based formula (Schwartz)", (10046,)
)
"""Glomerular Filtration Rate Creatinine-based formula (Schwartz) (LN 50384-7)."""

GlomerularFiltrationRateCystatinBasedFormula: _Final[_Code] = _Code(
    "LN", "50210-4", "Glomerular Filtration Rate Cystatin-based formula", (10046,)
)
"""Glomerular Filtration Rate Cystatin-based formula (LN 50210-4)."""

GlomerularFiltrationRateFemaleMDRD: _Final[_Code] = _Code(
    "LN", "50044-7", "Glomerular Filtration Rate female (MDRD)", (10046,)
)
"""Glomerular Filtration Rate female (MDRD) (LN 50044-7)."""

GlomerularFiltrationRateMDRD: _Final[_Code] = _Code(
    "LN", "33914-3", "Glomerular Filtration Rate (MDRD)", (10046,)
)
"""Glomerular Filtration Rate (MDRD) (LN 33914-3)."""

GlomerularFiltrationRateNonBlackMDRD: _Final[_Code] = _Code(
    "LN", "48642-3", "Glomerular Filtration Rate non-black (MDRD)", (10046,)
)
"""Glomerular Filtration Rate non-black (MDRD) (LN 48642-3)."""

HCAC: _Final[_Code] = _Code("LN", "11947-9", "HC/AC", (12004,))
"""HC/AC (LN 11947-9)."""

HCACByGACampbell1977: _Final[_Code] = _Code("LN", "80416-1", "HC/AC by GA, Campbell 1977", (12015,))
"""HC/AC by GA, Campbell 1977 (LN 80416-1)."""

HCASUM2000: _Final[_Code] = _Code("LN", "33109-0", "HC, ASUM 2000", (12013,))
"""HC, ASUM 2000 (LN 33109-0)."""

HCByGAASUM2000: _Final[_Code] = _Code("LN", "33172-8", "HC by GA, ASUM 2000", (12015,))
"""HC by GA, ASUM 2000 (LN 33172-8)."""

HCByGAHadlock1984: _Final[_Code] = _Code("LN", "33173-6", "HC by GA, Hadlock 1984", (12015,))
"""HC by GA, Hadlock 1984 (LN 33173-6)."""

HCByGAJeanty1982: _Final[_Code] = _Code("LN", "33175-1", "HC by GA, Jeanty 1982", (12015,))
"""HC by GA, Jeanty 1982 (LN 33175-1)."""

HCByGAMerz1988: _Final[_Code] = _Code("LN", "33176-9", "HC by GA, Merz 1988", (12015,))
"""HC by GA, Merz 1988 (LN 33176-9)."""

HCDerivedByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33174-4", "HC derived by GA, Chitty 1994", (12015,)
)
"""HC derived by GA, Chitty 1994 (LN 33174-4)."""

HCDerivedChitty1997: _Final[_Code] = _Code("LN", "33111-6", "HC derived, Chitty 1997", (12013,))
"""HC derived, Chitty 1997 (LN 33111-6)."""

HCHadlock1984: _Final[_Code] = _Code("LN", "11932-1", "HC, Hadlock 1984", (12013,))
"""HC, Hadlock 1984 (LN 11932-1)."""

HCHansmann1985: _Final[_Code] = _Code("LN", "33112-4", "HC, Hansmann 1985", (12013,))
"""HC, Hansmann 1985 (LN 33112-4)."""

HCHansmann1986: _Final[_Code] = _Code("LN", "33543-0", "HC, Hansmann 1986", (12013,))
"""HC, Hansmann 1986 (LN 33543-0)."""

HCJeanty1982: _Final[_Code] = _Code("LN", "33113-2", "HC, Jeanty 1982", (12013,))
"""HC, Jeanty 1982 (LN 33113-2)."""

HCJeanty1984: _Final[_Code] = _Code("LN", "11934-7", "HC, Jeanty 1984", (12013,))
"""HC, Jeanty 1984 (LN 11934-7)."""

HCLessoway1998: _Final[_Code] = _Code("LN", "33114-0", "HC, Lessoway 1998", (12013,))
"""HC, Lessoway 1998 (LN 33114-0)."""

HCMeasuredChitty1997: _Final[_Code] = _Code("LN", "33110-8", "HC measured, Chitty 1997", (12013,))
"""HC measured, Chitty 1997 (LN 33110-8)."""

HCMerz1988: _Final[_Code] = _Code("LN", "33115-7", "HC Merz, 1988", (12013,))
"""HC Merz, 1988 (LN 33115-7)."""

HRCorrectedMeanVelocityOfCircumferentialFiberShortening: _Final[_Code] = _Code(
    "LN", "59118-0", "HR-Corrected Mean Velocity of Circumferential Fiber Shortening", (12252,)
)
"""HR-Corrected Mean Velocity of Circumferential Fiber Shortening (LN 59118-0)."""

HeadCT: _Final[_Code] = _Code("LN", "24725-4", "Head CT", (646, 7000))
"""Head CT (LN 24725-4)."""

HeadCircumference: _Final[_Code] = _Code("LN", "11984-2", "Head Circumference", (12005, 12279))
"""Head Circumference (LN 11984-2)."""

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4)."""

HeartRateCorrectedEjectionTime: _Final[_Code] = _Code(
    "LN", "59086-9", "Heart Rate-Corrected Ejection Time", (12254,)
)
"""Heart Rate-Corrected Ejection Time (LN 59086-9)."""

HeartRateCorrectedPreEjectionPeriod: _Final[_Code] = _Code(
    "LN", "59087-7", "Heart Rate-Corrected Pre-Ejection Period", (12254,)
)
"""Heart Rate-Corrected Pre-Ejection Period (LN 59087-7)."""

Hematocrit: _Final[_Code] = _Code("LN", "20570-8", "Hematocrit", (4110,))
"""Hematocrit (LN 20570-8)."""

HepaticVeinAtrialContractionReversalPeakVelocity: _Final[_Code] = _Code(
    "LN", "29474-4", "Hepatic Vein Atrial Contraction Reversal Peak Velocity", (12216,)
)
"""Hepatic Vein Atrial Contraction Reversal Peak Velocity (LN 29474-4)."""

HepaticVeinDiastolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29472-8", "Hepatic Vein Diastolic Peak Velocity", (12216,)
)
"""Hepatic Vein Diastolic Peak Velocity (LN 29472-8)."""

HepaticVeinSystolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29471-0", "Hepatic Vein Systolic Peak Velocity", (12216,)
)
"""Hepatic Vein Systolic Peak Velocity (LN 29471-0)."""

HepaticVeinSystolicToDiastolicRatio: _Final[_Code] = _Code(
    "LN", "29473-6", "Hepatic Vein Systolic to Diastolic Ratio", (12216,)
)
"""Hepatic Vein Systolic to Diastolic Ratio (LN 29473-6)."""

History: _Final[_Code] = _Code("LN", "11329-0", "History", (7001, 7002))
"""History (LN 11329-0)."""

HolterStudyReport: _Final[_Code] = _Code("LN", "18754-2", "Holter Study Report", (7000,))
"""Holter Study Report (LN 18754-2)."""

HumerusJeanty1984: _Final[_Code] = _Code("LN", "11936-2", "Humerus, Jeanty 1984", (12013,))
"""Humerus, Jeanty 1984 (LN 11936-2)."""

HumerusLength: _Final[_Code] = _Code("LN", "11966-9", "Humerus length", (12006,))
"""Humerus length (LN 11966-9)."""

HumerusLengthASUM2000: _Final[_Code] = _Code("LN", "33116-5", "Humerus Length, ASUM 2000", (12013,))
"""Humerus Length, ASUM 2000 (LN 33116-5)."""

HumerusLengthByGAASUM2000: _Final[_Code] = _Code(
    "LN", "33177-7", "Humerus Length by GA, ASUM 2000", (12015,)
)
"""Humerus Length by GA, ASUM 2000 (LN 33177-7)."""

HumerusLengthOsaka1989: _Final[_Code] = _Code(
    "LN", "33117-3", "Humerus Length, Osaka 1989", (12013,)
)
"""Humerus Length, Osaka 1989 (LN 33117-3)."""

HumerusMerz1987: _Final[_Code] = _Code("LN", "11937-0", "Humerus, Merz 1987", (12013,))
"""Humerus, Merz 1987 (LN 11937-0)."""

ICACCAVelocityRatio: _Final[_Code] = _Code("LN", "33868-1", "ICA/CCA velocity ratio", (12123,))
"""ICA/CCA velocity ratio (LN 33868-1)."""

IODMayden1982: _Final[_Code] = _Code("LN", "33122-3", "IOD, Mayden 1982", (12013,))
"""IOD, Mayden 1982 (LN 33122-3)."""

IODTrout1994: _Final[_Code] = _Code("LN", "33123-1", "IOD, Trout 1994", (12013,))
"""IOD, Trout 1994 (LN 33123-1)."""

Impressions: _Final[_Code] = _Code("LN", "19005-8", "Impressions", (6052, 7001))
"""Impressions (LN 19005-8)."""

IndicationsForProcedure: _Final[_Code] = _Code(
    "LN", "18785-6", "Indications for Procedure", (6052, 6053, 7001)
)
"""Indications for Procedure (LN 18785-6)."""

InferiorVenaCavaDiameter_18006_7: _Final[_Code] = _Code(
    "LN", "18006-7", "Inferior Vena Cava Diameter", (12215,)
)
"""Inferior Vena Cava Diameter (LN 18006-7)."""

InferiorVenaCavaDiameter_79967_6: _Final[_Code] = _Code(
    "LN", "79967-6", "Inferior vena cava diameter", (12300,)
)
"""Inferior vena cava diameter (LN 79967-6)."""

InferiorVenaCavaPercentCollapse: _Final[_Code] = _Code(
    "LN", "18050-5", "Inferior Vena Cava % Collapse", (12215,)
)
"""Inferior Vena Cava % Collapse (LN 18050-5)."""

InnerOrbitalDiameter: _Final[_Code] = _Code("LN", "33070-4", "Inner Orbital Diameter", (12007,))
"""Inner Orbital Diameter (LN 33070-4)."""

InterventricularSeptumDiastolicDimension2D: _Final[_Code] = _Code(
    "LN", "79969-2", "Interventricular septum diastolic dimension 2D", (12300,)
)
"""Interventricular septum diastolic dimension 2D (LN 79969-2)."""

InterventricularSeptumDiastolicDimensionMM: _Final[_Code] = _Code(
    "LN", "79968-4", "Interventricular septum diastolic dimension MM", (12300,)
)
"""Interventricular septum diastolic dimension MM (LN 79968-4)."""

InterventricularSeptumDiastolicThickness: _Final[_Code] = _Code(
    "LN", "18154-5", "Interventricular Septum Diastolic Thickness", (12201,)
)
"""Interventricular Septum Diastolic Thickness (LN 18154-5)."""

InterventricularSeptumPercentThickening: _Final[_Code] = _Code(
    "LN", "18054-7", "Interventricular Septum % Thickening", (12201,)
)
"""Interventricular Septum % Thickening (LN 18054-7)."""

InterventricularSeptumSystolicDimension2D: _Final[_Code] = _Code(
    "LN", "79971-8", "Interventricular septum systolic dimension 2D", (12300,)
)
"""Interventricular septum systolic dimension 2D (LN 79971-8)."""

InterventricularSeptumSystolicDimensionMM: _Final[_Code] = _Code(
    "LN", "79970-0", "Interventricular septum systolic dimension MM", (12300,)
)
"""Interventricular septum systolic dimension MM (LN 79970-0)."""

InterventricularSeptumSystolicThickness: _Final[_Code] = _Code(
    "LN", "18158-6", "Interventricular Septum Systolic Thickness", (12201,)
)
"""Interventricular Septum Systolic Thickness (LN 18158-6)."""

InterventricularSeptumTimeToPeakDisplacement: _Final[_Code] = _Code(
    "LN", "79972-6", "Interventricular septum time to peak displacement", (12300,)
)
"""Interventricular septum time to peak displacement (LN 79972-6)."""

InterventricularSeptumToPosteriorWallThicknessRatio: _Final[_Code] = _Code(
    "LN", "18155-2", "Interventricular Septum to Posterior Wall Thickness Ratio", (12201, 12257)
)
"""Interventricular Septum to Posterior Wall Thickness Ratio (LN 18155-2)."""

IntravascularDiastolicBloodPressure: _Final[_Code] = _Code(
    "LN", "8462-4", "Intravascular diastolic blood pressure", (3611,)
)
"""Intravascular diastolic blood pressure (LN 8462-4)."""

IntravascularSystolicBloodPressure: _Final[_Code] = _Code(
    "LN", "8480-6", "Intravascular Systolic Blood pressure", (3611,)
)
"""Intravascular Systolic Blood pressure (LN 8480-6)."""

IsovolumicContractionTime: _Final[_Code] = _Code(
    "LN", "59084-4", "Isovolumic Contraction Time", (12254,)
)
"""Isovolumic Contraction Time (LN 59084-4)."""

IsovolumicRelaxationTime: _Final[_Code] = _Code(
    "LN", "59083-6", "Isovolumic Relaxation Time", (12254,)
)
"""Isovolumic Relaxation Time (LN 59083-6)."""

JetArea: _Final[_Code] = _Code("LN", "59123-0", "Jet Area", (12253,))
"""Jet Area (LN 59123-0)."""

KeyImages: _Final[_Code] = _Code("LN", "55113-5", "Key Images", (7001,))
"""Key Images (LN 55113-5)."""

LMP: _Final[_Code] = _Code("LN", "8665-2", "LMP", (12003,))
"""LMP (LN 8665-2)."""

LVBasalAnteriorTimeToSVmaxTsBasalAnterior: _Final[_Code] = _Code(
    "LN", "80036-7", "LV basal anterior time to S Vmax (Ts-basal anterior)", (12300,)
)
"""LV basal anterior time to S Vmax (Ts-basal anterior) (LN 80036-7)."""

LVBasalAnteroseptalTimeToSVmaxTSBasalAnteroseptal: _Final[_Code] = _Code(
    "LN", "80037-5", "LV basal anteroseptal time to S Vmax (TS-basal anteroseptal)", (12300,)
)
"""LV basal anteroseptal time to S Vmax (TS-basal anteroseptal) (LN 80037-5)."""

LVBasalInferiorTimeToSVmaxTsBasalInferior: _Final[_Code] = _Code(
    "LN", "80038-3", "LV basal inferior time to S Vmax (Ts-basal inferior)", (12300,)
)
"""LV basal inferior time to S Vmax (Ts-basal inferior) (LN 80038-3)."""

LVBasalLateralTimeToSVmaxTsBasalLateral: _Final[_Code] = _Code(
    "LN", "80039-1", "LV basal lateral time to S Vmax (Ts-basal lateral)", (12300,)
)
"""LV basal lateral time to S Vmax (Ts-basal lateral) (LN 80039-1)."""

LVBasalPosteriorTimeToSVmaxTsBasalPosterior: _Final[_Code] = _Code(
    "LN", "80040-9", "LV basal posterior time to S Vmax (Ts-basal posterior)", (12300,)
)
"""LV basal posterior time to S Vmax (Ts-basal posterior) (LN 80040-9)."""

LVBasalSeptalTimeToSVmaxTsBasalSeptal: _Final[_Code] = _Code(
    "LN", "80041-7", "LV basal septal time to S Vmax (Ts-basal septal)", (12300,)
)
"""LV basal septal time to S Vmax (Ts-basal septal) (LN 80041-7)."""

LVMidAnteriorTimeToSVmaxTsMidAnterior: _Final[_Code] = _Code(
    "LN", "80042-5", "LV mid anterior time to S Vmax (Ts-mid anterior)", (12300,)
)
"""LV mid anterior time to S Vmax (Ts-mid anterior) (LN 80042-5)."""

LVMidAnteroseptalTimeToSVmaxTsMidAnteroseptal: _Final[_Code] = _Code(
    "LN", "80043-3", "LV mid anteroseptal time to S Vmax (Ts-mid anteroseptal)", (12300,)
)
"""LV mid anteroseptal time to S Vmax (Ts-mid anteroseptal) (LN 80043-3)."""

LVMidInferiorTimeToSVmaxTsMidInferior: _Final[_Code] = _Code(
    "LN", "80044-1", "LV mid inferior time to S Vmax (Ts-mid inferior)", (12300,)
)
"""LV mid inferior time to S Vmax (Ts-mid inferior) (LN 80044-1)."""

LVMidLateralTimeToSVmaxTsMidLateral: _Final[_Code] = _Code(
    "LN", "80045-8", "LV mid lateral time to S Vmax (Ts-mid lateral)", (12300,)
)
"""LV mid lateral time to S Vmax (Ts-mid lateral) (LN 80045-8)."""

LVMidPosteriorTimeToSVmaxTsMidPosterior: _Final[_Code] = _Code(
    "LN", "80046-6", "LV mid posterior time to S Vmax (Ts-mid posterior)", (12300,)
)
"""LV mid posterior time to S Vmax (Ts-mid posterior) (LN 80046-6)."""

LVMidSeptalTimeToSVmaxTsMidSeptal: _Final[_Code] = _Code(
    "LN", "80047-4", "LV mid septal time to S Vmax (Ts-mid septal)", (12300,)
)
"""LV mid septal time to S Vmax (Ts-mid septal) (LN 80047-4)."""

LVTsSDDyssynchronyIndex: _Final[_Code] = _Code(
    "LN", "80048-2", "LV Ts-SD (Dyssynchrony Index)", (12300,)
)
"""LV Ts-SD (Dyssynchrony Index) (LN 80048-2)."""

LateralVentricleWidth: _Final[_Code] = _Code("LN", "12171-5", "Lateral Ventricle width", (12007,))
"""Lateral Ventricle width (LN 12171-5)."""

LeafletSeparation: _Final[_Code] = _Code("LN", "59109-9", "Leaflet Separation", (12251,))
"""Leaflet Separation (LN 59109-9)."""

LeafletThickness: _Final[_Code] = _Code("LN", "59110-7", "Leaflet Thickness", (12251,))
"""Leaflet Thickness (LN 59110-7)."""

LeftAtrialAppendagePeakVelocity: _Final[_Code] = _Code(
    "LN", "29486-8", "Left Atrial Appendage Peak Velocity", (12205,)
)
"""Left Atrial Appendage Peak Velocity (LN 29486-8)."""

LeftAtrialEndSystolicArea2C: _Final[_Code] = _Code(
    "LN", "79973-4", "Left atrial end systolic area 2C", (12300,)
)
"""Left atrial end systolic area 2C (LN 79973-4)."""

LeftAtrialEndSystolicArea4C: _Final[_Code] = _Code(
    "LN", "79974-2", "Left atrial end systolic area 4C", (12300,)
)
"""Left atrial end systolic area 4C (LN 79974-2)."""

LeftAtrialEndSystolicDiameterAP2D: _Final[_Code] = _Code(
    "LN", "79975-9", "Left atrial end systolic diameter (AP) 2D", (12300,)
)
"""Left atrial end systolic diameter (AP) 2D (LN 79975-9)."""

LeftAtrialEndSystolicDiameterAP2DBSA: _Final[_Code] = _Code(
    "LN", "79976-7", "Left atrial end systolic diameter (AP) 2D / BSA", (12300,)
)
"""Left atrial end systolic diameter (AP) 2D / BSA (LN 79976-7)."""

LeftAtrialEndSystolicDiameterAPMM: _Final[_Code] = _Code(
    "LN", "79977-5", "Left atrial end systolic diameter (AP) MM", (12300,)
)
"""Left atrial end systolic diameter (AP) MM (LN 79977-5)."""

LeftAtrialEndSystolicDiameterAPMMBSA: _Final[_Code] = _Code(
    "LN", "79978-3", "Left atrial end systolic diameter (AP) MM / BSA", (12300,)
)
"""Left atrial end systolic diameter (AP) MM / BSA (LN 79978-3)."""

LeftAtrialEndSystolicLength2C: _Final[_Code] = _Code(
    "LN", "79979-1", "Left atrial end systolic length 2C", (12300,)
)
"""Left atrial end systolic length 2C (LN 79979-1)."""

LeftAtrialEndSystolicLength4C: _Final[_Code] = _Code(
    "LN", "79980-9", "Left atrial end systolic length 4C", (12300,)
)
"""Left atrial end systolic length 4C (LN 79980-9)."""

LeftAtrialEndSystolicVolumeBiplaneAreaLength: _Final[_Code] = _Code(
    "LN", "79981-7", "Left atrial end systolic volume biplane (area-length)", (12300,)
)
"""Left atrial end systolic volume biplane (area-length) (LN 79981-7)."""

LeftAtrialEndSystolicVolumeBiplaneAreaLengthBSA: _Final[_Code] = _Code(
    "LN", "79982-5", "Left atrial end systolic volume biplane (area-length) / BSA", (12300,)
)
"""Left atrial end systolic volume biplane (area-length) / BSA (LN 79982-5)."""

LeftAtrialEndSystolicVolumeBiplaneMOD: _Final[_Code] = _Code(
    "LN", "79983-3", "Left atrial end systolic volume biplane (MOD)", (12300,)
)
"""Left atrial end systolic volume biplane (MOD) (LN 79983-3)."""

LeftAtrialEndSystolicVolumeBiplaneMODBSA: _Final[_Code] = _Code(
    "LN", "79984-1", "Left atrial end systolic volume biplane (MOD) / BSA", (12300,)
)
"""Left atrial end systolic volume biplane (MOD) / BSA (LN 79984-1)."""

LeftAtrialEndSystolicVolumeSinglePlane2CMOD: _Final[_Code] = _Code(
    "LN", "79985-8", "Left atrial end systolic volume single plane 2C (MOD)", (12300,)
)
"""Left atrial end systolic volume single plane 2C (MOD) (LN 79985-8)."""

LeftAtrialEndSystolicVolumeSinglePlane4CMOD: _Final[_Code] = _Code(
    "LN", "79986-6", "Left atrial end systolic volume single plane 4C (MOD)", (12300,)
)
"""Left atrial end systolic volume single plane 4C (MOD) (LN 79986-6)."""

LeftAtriumAnteroPosteriorSystolicDimension: _Final[_Code] = _Code(
    "LN", "29469-4", "Left Atrium Antero-posterior Systolic Dimension", (12205,)
)
"""Left Atrium Antero-posterior Systolic Dimension (LN 29469-4)."""

LeftAtriumAreaA4CView: _Final[_Code] = _Code("LN", "17977-0", "Left Atrium Area A4C view", (12205,))
"""Left Atrium Area A4C view (LN 17977-0)."""

LeftAtriumToAorticRootRatio: _Final[_Code] = _Code(
    "LN", "17985-3", "Left Atrium to Aortic Root Ratio", (12205, 12265)
)
"""Left Atrium to Aortic Root Ratio (LN 17985-3)."""

LeftAtriumVolumeToRightAtriumVolumeRatio: _Final[_Code] = _Code(
    "LN", "59131-3", "Left Atrium Volume to Right Atrium Volume Ratio", (12265,)
)
"""Left Atrium Volume to Right Atrium Volume Ratio (LN 59131-3)."""

LeftFetalEarLength: _Final[_Code] = _Code("LN", "53684-7", "Left Fetal Ear Length", (12005,))
"""Left Fetal Ear Length (LN 53684-7)."""

LeftKidneyLength: _Final[_Code] = _Code("LN", "11834-9", "Left Kidney length", (12005,))
"""Left Kidney length (LN 11834-9)."""

LeftKidneyThickness: _Final[_Code] = _Code("LN", "11853-9", "Left Kidney thickness", (12005,))
"""Left Kidney thickness (LN 11853-9)."""

LeftKidneyWidth: _Final[_Code] = _Code("LN", "11825-7", "Left Kidney width", (12005,))
"""Left Kidney width (LN 11825-7)."""

LeftPulmonaryArteryDiameter_18019_0: _Final[_Code] = _Code(
    "LN", "18019-0", "Left Pulmonary Artery Diameter", (12210,)
)
"""Left Pulmonary Artery Diameter (LN 18019-0)."""

LeftPulmonaryArteryDiameter_79987_4: _Final[_Code] = _Code(
    "LN", "79987-4", "Left pulmonary artery diameter", (12300,)
)
"""Left pulmonary artery diameter (LN 79987-4)."""

LeftVenticularPosteriorWallTimeToPeakDisplacement: _Final[_Code] = _Code(
    "LN", "79988-2", "Left venticular posterior wall time to peak displacement", (12300,)
)
"""Left venticular posterior wall time to peak displacement (LN 79988-2)."""

LeftVentricleDiastolicMajorAxis: _Final[_Code] = _Code(
    "LN", "18077-8", "Left Ventricle diastolic major axis", (12201,)
)
"""Left Ventricle diastolic major axis (LN 18077-8)."""

LeftVentricleEToATissueVelocityRatio: _Final[_Code] = _Code(
    "LN", "59129-7", "Left Ventricle E to A Tissue Velocity Ratio", (12257,)
)
"""Left Ventricle E to A Tissue Velocity Ratio (LN 59129-7)."""

LeftVentricleInternalEndDiastolicDimension: _Final[_Code] = _Code(
    "LN", "29436-3", "Left Ventricle Internal End Diastolic Dimension", (12201,)
)
"""Left Ventricle Internal End Diastolic Dimension (LN 29436-3)."""

LeftVentricleInternalSystolicDimension: _Final[_Code] = _Code(
    "LN", "29438-9", "Left Ventricle Internal Systolic Dimension", (12201,)
)
"""Left Ventricle Internal Systolic Dimension (LN 29438-9)."""

LeftVentricleMass: _Final[_Code] = _Code("LN", "18087-7", "Left Ventricle Mass", (12203,))
"""Left Ventricle Mass (LN 18087-7)."""

LeftVentricleMeridionalWallStress: _Final[_Code] = _Code(
    "LN", "59097-6", "Left Ventricle Meridional Wall Stress", (12257,)
)
"""Left Ventricle Meridional Wall Stress (LN 59097-6)."""

LeftVentriclePosteriorWallDiastolicThickness: _Final[_Code] = _Code(
    "LN", "18152-9", "Left Ventricle Posterior Wall Diastolic Thickness", (12201,)
)
"""Left Ventricle Posterior Wall Diastolic Thickness (LN 18152-9)."""

LeftVentriclePosteriorWallPercentThickening: _Final[_Code] = _Code(
    "LN", "18053-9", "Left Ventricle Posterior Wall % Thickening", (12201,)
)
"""Left Ventricle Posterior Wall % Thickening (LN 18053-9)."""

LeftVentriclePosteriorWallSystolicThickness: _Final[_Code] = _Code(
    "LN", "18156-0", "Left Ventricle Posterior Wall Systolic Thickness", (12201,)
)
"""Left Ventricle Posterior Wall Systolic Thickness (LN 18156-0)."""

LeftVentricleRightVentricleDiameterRatio: _Final[_Code] = _Code(
    "LN", "59078-6", "Left Ventricle/Right Ventricle Diameter Ratio", (12279,)
)
"""Left Ventricle/Right Ventricle Diameter Ratio (LN 59078-6)."""

LeftVentricleSystolicMajorAxis: _Final[_Code] = _Code(
    "LN", "18076-0", "Left Ventricle systolic major axis", (12201,)
)
"""Left Ventricle systolic major axis (LN 18076-0)."""

LeftVentricularEDVolume: _Final[_Code] = _Code(
    "LN", "8821-1", "Left Ventricular ED Volume", (3468,)
)
"""Left Ventricular ED Volume (LN 8821-1)."""

LeftVentricularESVolume: _Final[_Code] = _Code(
    "LN", "8823-7", "Left Ventricular ES Volume", (3469,)
)
"""Left Ventricular ES Volume (LN 8823-7)."""

LeftVentricularEjectionFraction3D: _Final[_Code] = _Code(
    "LN", "79990-8", "Left ventricular ejection fraction 3D", (12300,)
)
"""Left ventricular ejection fraction 3D (LN 79990-8)."""

LeftVentricularEjectionFractionBiplaneMOD: _Final[_Code] = _Code(
    "LN", "79991-6", "Left ventricular ejection fraction biplane (MOD)", (12300,)
)
"""Left ventricular ejection fraction biplane (MOD) (LN 79991-6)."""

LeftVentricularEjectionFractionByAngiography: _Final[_Code] = _Code(
    "LN", "8808-8", "Left Ventricular Ejection Fraction by Angiography", (3467,)
)
"""Left Ventricular Ejection Fraction by Angiography (LN 8808-8)."""

LeftVentricularEjectionFractionByCT: _Final[_Code] = _Code(
    "LN", "8810-4", "Left ventricular ejection fraction by CT", (3833,)
)
"""Left ventricular ejection fraction by CT (LN 8810-4)."""

LeftVentricularEjectionFractionByMR: _Final[_Code] = _Code(
    "LN", "8811-2", "Left ventricular ejection fraction by MR", (3833,)
)
"""Left ventricular ejection fraction by MR (LN 8811-2)."""

LeftVentricularEjectionFractionByUS: _Final[_Code] = _Code(
    "LN", "18043-0", "Left Ventricular Ejection Fraction by US", (12202,)
)
"""Left Ventricular Ejection Fraction by US (LN 18043-0)."""

LeftVentricularEjectionFractionSinglePlane2CMOD: _Final[_Code] = _Code(
    "LN", "79992-4", "Left ventricular ejection fraction single plane 2C (MOD)", (12300,)
)
"""Left ventricular ejection fraction single plane 2C (MOD) (LN 79992-4)."""

LeftVentricularEjectionFractionSinglePlane4CMOD: _Final[_Code] = _Code(
    "LN", "79993-2", "Left ventricular ejection fraction single plane 4C (MOD)", (12300,)
)
"""Left ventricular ejection fraction single plane 4C (MOD) (LN 79993-2)."""

LeftVentricularEjectionFractionTeichholz2D: _Final[_Code] = _Code(
    "LN", "77891-0", "Left ventricular ejection fraction (Teichholz) 2D", (12300,)
)
"""Left ventricular ejection fraction (Teichholz) 2D (LN 77891-0)."""

LeftVentricularEjectionFractionTeichholzMM: _Final[_Code] = _Code(
    "LN", "18049-7", "Left ventricular ejection fraction (Teichholz) MM", (12300,)
)
"""Left ventricular ejection fraction (Teichholz) MM (LN 18049-7)."""

LeftVentricularEndDiastolicLength4C: _Final[_Code] = _Code(
    "LN", "79994-0", "Left ventricular end diastolic length 4C", (12300,)
)
"""Left ventricular end diastolic length 4C (LN 79994-0)."""

LeftVentricularEndDiastolicVolume: _Final[_Code] = _Code(
    "LN", "18026-5", "Left Ventricular End Diastolic Volume", (12202,)
)
"""Left Ventricular End Diastolic Volume (LN 18026-5)."""

LeftVentricularEndDiastolicVolume3D: _Final[_Code] = _Code(
    "LN", "79995-7", "Left ventricular end diastolic volume (3D)", (12300,)
)
"""Left ventricular end diastolic volume (3D) (LN 79995-7)."""

LeftVentricularEndDiastolicVolumeBiplaneMOD: _Final[_Code] = _Code(
    "LN", "79996-5", "Left ventricular end diastolic volume biplane (MOD)", (12300,)
)
"""Left ventricular end diastolic volume biplane (MOD) (LN 79996-5)."""

LeftVentricularEndDiastolicVolumeBiplaneMODBSA: _Final[_Code] = _Code(
    "LN", "79997-3", "Left ventricular end diastolic volume biplane (MOD) / BSA", (12300,)
)
"""Left ventricular end diastolic volume biplane (MOD) / BSA (LN 79997-3)."""

LeftVentricularEndDiastolicVolumeSinglePlane2CMOD: _Final[_Code] = _Code(
    "LN", "79998-1", "Left ventricular end diastolic volume single plane 2C (MOD)", (12300,)
)
"""Left ventricular end diastolic volume single plane 2C (MOD) (LN 79998-1)."""

LeftVentricularEndDiastolicVolumeSinglePlane4CMOD: _Final[_Code] = _Code(
    "LN", "79999-9", "Left ventricular end diastolic volume single plane 4C (MOD)", (12300,)
)
"""Left ventricular end diastolic volume single plane 4C (MOD) (LN 79999-9)."""

LeftVentricularEndSystolicVolume: _Final[_Code] = _Code(
    "LN", "18148-7", "Left Ventricular End Systolic Volume", (12202,)
)
"""Left Ventricular End Systolic Volume (LN 18148-7)."""

LeftVentricularEndSystolicVolume3D: _Final[_Code] = _Code(
    "LN", "80000-3", "Left ventricular end systolic volume (3D)", (12300,)
)
"""Left ventricular end systolic volume (3D) (LN 80000-3)."""

LeftVentricularEndSystolicVolumeBiplaneMOD: _Final[_Code] = _Code(
    "LN", "80001-1", "Left ventricular end systolic volume biplane (MOD)", (12300,)
)
"""Left ventricular end systolic volume biplane (MOD) (LN 80001-1)."""

LeftVentricularEndSystolicVolumeBiplaneMODBSA: _Final[_Code] = _Code(
    "LN", "80002-9", "Left ventricular end systolic volume biplane (MOD) / BSA", (12300,)
)
"""Left ventricular end systolic volume biplane (MOD) / BSA (LN 80002-9)."""

LeftVentricularEndSystolicVolumeSinglePlane2CMOD: _Final[_Code] = _Code(
    "LN", "80003-7", "Left ventricular end systolic volume single plane 2C (MOD)", (12300,)
)
"""Left ventricular end systolic volume single plane 2C (MOD) (LN 80003-7)."""

LeftVentricularEndSystolicVolumeSinglePlane4CMOD: _Final[_Code] = _Code(
    "LN", "80004-5", "Left ventricular end systolic volume single plane 4C (MOD)", (12300,)
)
"""Left ventricular end systolic volume single plane 4C (MOD) (LN 80004-5)."""

LeftVentricularEndocardialAreaSAXPMLevel: _Final[_Code] = _Code(
    "LN", "80005-2", "Left ventricular endocardial area SAX PM level", (12300,)
)
"""Left ventricular endocardial area SAX PM level (LN 80005-2)."""

LeftVentricularEpicardialAreaSAXPMLevel: _Final[_Code] = _Code(
    "LN", "80006-0", "Left ventricular epicardial area SAX PM level", (12300,)
)
"""Left ventricular epicardial area SAX PM level (LN 80006-0)."""

LeftVentricularFractionalShortening: _Final[_Code] = _Code(
    "LN", "18051-3", "Left Ventricular Fractional Shortening", (12201,)
)
"""Left Ventricular Fractional Shortening (LN 18051-3)."""

LeftVentricularFractionalShorteningOfMinorAxis2D: _Final[_Code] = _Code(
    "LN", "29434-8", "Left ventricular fractional shortening (of minor axis) (2D)", (12300,)
)
"""Left ventricular fractional shortening (of minor axis) (2D) (LN 29434-8)."""

LeftVentricularFractionalShorteningOfMinorAxisMM: _Final[_Code] = _Code(
    "LN", "29435-5", "Left ventricular fractional shortening (of minor axis) (MM)", (12300,)
)
"""Left ventricular fractional shortening (of minor axis) (MM) (LN 29435-5)."""

LeftVentricularInternalDiastolicDimension2D: _Final[_Code] = _Code(
    "LN", "80007-8", "Left ventricular internal diastolic dimension - 2D", (12300,)
)
"""Left ventricular internal diastolic dimension - 2D (LN 80007-8)."""

LeftVentricularInternalDiastolicDimensionBSA_80009_4: _Final[_Code] = _Code(
    "LN", "80009-4", "Left ventricular internal diastolic dimension / BSA", (12300,)
)
"""Left ventricular internal diastolic dimension / BSA (LN 80009-4)."""

LeftVentricularInternalDiastolicDimensionBSA_80010_2: _Final[_Code] = _Code(
    "LN", "80010-2", "Left ventricular internal diastolic dimension / BSA", (12300,)
)
"""Left ventricular internal diastolic dimension / BSA (LN 80010-2)."""

LeftVentricularInternalDiastolicDimensionMM: _Final[_Code] = _Code(
    "LN", "80008-6", "Left ventricular internal diastolic dimension - MM", (12300,)
)
"""Left ventricular internal diastolic dimension - MM (LN 80008-6)."""

LeftVentricularInternalSystolicDimension2D: _Final[_Code] = _Code(
    "LN", "80011-0", "Left ventricular internal systolic dimension - 2D", (12300,)
)
"""Left ventricular internal systolic dimension - 2D (LN 80011-0)."""

LeftVentricularInternalSystolicDimensionBSA_80013_6: _Final[_Code] = _Code(
    "LN", "80013-6", "Left ventricular internal systolic dimension / BSA", (12300,)
)
"""Left ventricular internal systolic dimension / BSA (LN 80013-6)."""

LeftVentricularInternalSystolicDimensionBSA_80014_4: _Final[_Code] = _Code(
    "LN", "80014-4", "Left ventricular internal systolic dimension / BSA", (12300,)
)
"""Left ventricular internal systolic dimension / BSA (LN 80014-4)."""

LeftVentricularInternalSystolicDimensionMM: _Final[_Code] = _Code(
    "LN", "80012-8", "Left ventricular internal systolic dimension - MM", (12300,)
)
"""Left ventricular internal systolic dimension - MM (LN 80012-8)."""

LeftVentricularIsovolumicRelaxationTime: _Final[_Code] = _Code(
    "LN", "18071-1", "Left Ventricular Isovolumic Relaxation Time", (12203, 12300)
)
"""Left Ventricular Isovolumic Relaxation Time (LN 18071-1)."""

LeftVentricularIsovolumicRelaxationTimeByTDI: _Final[_Code] = _Code(
    "LN", "80015-1", "Left ventricular isovolumic relaxation time by TDI", (12300,)
)
"""Left ventricular isovolumic relaxation time by TDI (LN 80015-1)."""

LeftVentricularMass: _Final[_Code] = _Code(
    "LN", "80025-0", "Left ventricular mass (truncated ellipse)", (12300,)
)
"""Left ventricular mass (truncated ellipse) (LN 80025-0)."""

LeftVentricularMassAreaLength: _Final[_Code] = _Code(
    "LN", "80016-9", "Left ventricular mass (area-length)", (12300,)
)
"""Left ventricular mass (area-length) (LN 80016-9)."""

LeftVentricularMassAreaLengthBSA: _Final[_Code] = _Code(
    "LN", "80017-7", "Left ventricular mass (area-length) / BSA", (12300,)
)
"""Left ventricular mass (area-length) / BSA (LN 80017-7)."""

LeftVentricularMassAreaLengthHeight2Point7: _Final[_Code] = _Code(
    "LN", "80018-5", "Left ventricular mass (area-length) / height^^2.7", (12300,)
)
"""Left ventricular mass (area-length) / height^^2.7 (LN 80018-5)."""

LeftVentricularMassDimensionMethod2D: _Final[_Code] = _Code(
    "LN", "80019-3", "Left ventricular mass (dimension method) 2D", (12300,)
)
"""Left ventricular mass (dimension method) 2D (LN 80019-3)."""

LeftVentricularMassDimensionMethod2DBSA: _Final[_Code] = _Code(
    "LN", "80020-1", "Left ventricular mass (dimension method) 2D / BSA", (12300,)
)
"""Left ventricular mass (dimension method) 2D / BSA (LN 80020-1)."""

LeftVentricularMassDimensionMethod2DHeight2Point7: _Final[_Code] = _Code(
    "LN", "80021-9", "Left ventricular mass (dimension method) 2D / height^^2.7", (12300,)
)
"""Left ventricular mass (dimension method) 2D / height^^2.7 (LN 80021-9)."""

LeftVentricularMassDimensionMethodMM: _Final[_Code] = _Code(
    "LN", "80022-7", "Left ventricular mass (dimension method) MM", (12300,)
)
"""Left ventricular mass (dimension method) MM (LN 80022-7)."""

LeftVentricularMassDimensionMethodMMBSA: _Final[_Code] = _Code(
    "LN", "80023-5", "Left ventricular mass (dimension method) MM / BSA", (12300,)
)
"""Left ventricular mass (dimension method) MM / BSA (LN 80023-5)."""

LeftVentricularMassDimensionMethodMMHeight2Point7: _Final[_Code] = _Code(
    "LN", "80024-3", "Left ventricular mass (dimension method) MM / height^^2.7", (12300,)
)
"""Left ventricular mass (dimension method) MM / height^^2.7 (LN 80024-3)."""

LeftVentricularMassTruncatedEllipseBSA: _Final[_Code] = _Code(
    "LN", "80026-8", "Left ventricular mass (truncated ellipse) / BSA", (12300,)
)
"""Left ventricular mass (truncated ellipse) / BSA (LN 80026-8)."""

LeftVentricularMassTruncatedEllipseHeight2Point7: _Final[_Code] = _Code(
    "LN", "80027-6", "Left ventricular mass (truncated ellipse) / height^^2.7", (12300,)
)
"""Left ventricular mass (truncated ellipse) / height^^2.7 (LN 80027-6)."""

LeftVentricularOutflowTractDimension2D: _Final[_Code] = _Code(
    "LN", "80028-4", "Left ventricular outflow tract dimension (2D)", (12300,)
)
"""Left ventricular outflow tract dimension (2D) (LN 80028-4)."""

LeftVentricularOutflowTractVTI: _Final[_Code] = _Code(
    "LN", "80030-0", "Left ventricular outflow tract VTI", (12300,)
)
"""Left ventricular outflow tract VTI (LN 80030-0)."""

LeftVentricularOutflowTractVmax: _Final[_Code] = _Code(
    "LN", "80029-2", "Left ventricular outflow tract Vmax", (12300,)
)
"""Left ventricular outflow tract Vmax (LN 80029-2)."""

LeftVentricularPosteriorWallDiastolicThickness_80031_8: _Final[_Code] = _Code(
    "LN", "80031-8", "Left ventricular posterior wall diastolic thickness", (12300,)
)
"""Left ventricular posterior wall diastolic thickness (LN 80031-8)."""

LeftVentricularPosteriorWallDiastolicThickness_80032_6: _Final[_Code] = _Code(
    "LN", "80032-6", "Left ventricular posterior wall diastolic thickness", (12300,)
)
"""Left ventricular posterior wall diastolic thickness (LN 80032-6)."""

LeftVentricularPosteriorWallSystolicThickness_80033_4: _Final[_Code] = _Code(
    "LN", "80033-4", "Left ventricular posterior wall systolic thickness", (12300,)
)
"""Left ventricular posterior wall systolic thickness (LN 80033-4)."""

LeftVentricularPosteriorWallSystolicThickness_80034_2: _Final[_Code] = _Code(
    "LN", "80034-2", "Left ventricular posterior wall systolic thickness", (12300,)
)
"""Left ventricular posterior wall systolic thickness (LN 80034-2)."""

LeftVentricularPreEjectionPeriod: _Final[_Code] = _Code(
    "LN", "79989-0", "Left ventricular pre-ejection period", (12300,)
)
"""Left ventricular pre-ejection period (LN 79989-0)."""

LeftVentricularStrokeVolume3D: _Final[_Code] = _Code(
    "LN", "80035-9", "Left ventricular stroke volume 3D", (12300,)
)
"""Left ventricular stroke volume 3D (LN 80035-9)."""

LengthOfVertebraTokyo1986: _Final[_Code] = _Code(
    "LN", "33118-1", "Length of Vertebra, Tokyo 1986", (12013,)
)
"""Length of Vertebra, Tokyo 1986 (LN 33118-1)."""

MR3DCAMModel: _Final[_Code] = _Code("LN", "85041-2", "MR 3D CAM model", (7061,))
"""MR 3D CAM model (LN 85041-2)."""

MRISpineReport: _Final[_Code] = _Code("LN", "18756-7", "MRI Spine Report", (7000,))
"""MRI Spine Report (LN 18756-7)."""

MRIUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "25056-3", "MRI unspecified body region", (100, 7000)
)
"""MRI unspecified body region (LN 25056-3)."""

MRIWholeBody: _Final[_Code] = _Code("LN", "46358-8", "MRI whole body", (646,))
"""MRI whole body (LN 46358-8)."""

MainPulmonaryArteryDiameter_18020_8: _Final[_Code] = _Code(
    "LN", "18020-8", "Main Pulmonary Artery Diameter", (12210,)
)
"""Main Pulmonary Artery Diameter (LN 18020-8)."""

MainPulmonaryArteryDiameter_80049_0: _Final[_Code] = _Code(
    "LN", "80049-0", "Main pulmonary artery diameter", (12300,)
)
"""Main pulmonary artery diameter (LN 80049-0)."""

MaleSingletonBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33186-8", "Male Singleton BWP by GA, Arbuckle 1993", (12016,)
)
"""Male Singleton BWP by GA, Arbuckle 1993 (LN 33186-8)."""

MaleTwinsBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33199-1", "Male Twins BWP by GA, Arbuckle 1993", (12016,)
)
"""Male Twins BWP by GA, Arbuckle 1993 (LN 33199-1)."""

MammographyScreeningReport: _Final[_Code] = _Code(
    "LN", "24606-6", "Mammography Screening Report", (7000,)
)
"""Mammography Screening Report (LN 24606-6)."""

MeanGradient: _Final[_Code] = _Code("LN", "20256-4", "Mean Gradient", (12122, 12222, 12304))
"""Mean Gradient (LN 20256-4)."""

MeanVelocityOfCircumferentialFiberShorteningMeanVcfv: _Final[_Code] = _Code(
    "LN", "59117-2", "Mean Velocity of Circumferential Fiber Shortening (Mean VcFv)", (12252,)
)
"""Mean Velocity of Circumferential Fiber Shortening (Mean VcFv) (LN 59117-2)."""

MedicationsAdministered: _Final[_Code] = _Code("LN", "29549-3", "Medications Administered", (7001,))
"""Medications Administered (LN 29549-3)."""

MinimumDiastolicVelocity: _Final[_Code] = _Code(
    "LN", "11665-7", "Minimum Diastolic Velocity", (12120,)
)
"""Minimum Diastolic Velocity (LN 11665-7)."""

MitralAnnulusDiastolicDiameterA2C: _Final[_Code] = _Code(
    "LN", "80050-8", "Mitral annulus diastolic diameter - A2C", (12300,)
)
"""Mitral annulus diastolic diameter - A2C (LN 80050-8)."""

MitralAnnulusDiastolicDiameterA4C: _Final[_Code] = _Code(
    "LN", "80051-6", "Mitral annulus diastolic diameter - A4C", (12300,)
)
"""Mitral annulus diastolic diameter - A4C (LN 80051-6)."""

MitralAnnulusDiastolicDiameterPLAX: _Final[_Code] = _Code(
    "LN", "80052-4", "Mitral annulus diastolic diameter - PLAX", (12300,)
)
"""Mitral annulus diastolic diameter - PLAX (LN 80052-4)."""

MitralAnnulusVTI: _Final[_Code] = _Code("LN", "80053-2", "Mitral annulus VTI", (12300,))
"""Mitral annulus VTI (LN 80053-2)."""

MitralLateralEPrimeVmax: _Final[_Code] = _Code(
    "LN", "80054-0", "Mitral lateral e-prime Vmax", (12300,)
)
"""Mitral lateral e-prime Vmax (LN 80054-0)."""

MitralRegurgitantFlowPISA: _Final[_Code] = _Code(
    "LN", "80057-3", "Mitral regurgitant flow (PISA)", (12300,)
)
"""Mitral regurgitant flow (PISA) (LN 80057-3)."""

MitralRegurgitantFractionContinuityVTI: _Final[_Code] = _Code(
    "LN", "80055-7", "Mitral regurgitant fraction (Continuity VTI)", (12300,)
)
"""Mitral regurgitant fraction (Continuity VTI) (LN 80055-7)."""

MitralRegurgitantFractionPISA: _Final[_Code] = _Code(
    "LN", "80056-5", "Mitral regurgitant fraction (PISA)", (12300,)
)
"""Mitral regurgitant fraction (PISA) (LN 80056-5)."""

MitralRegurgitationDpDtDerivedFromMitralRegVelocity: _Final[_Code] = _Code(
    "LN", "18035-6", "Mitral Regurgitation dP/dt derived from Mitral Reg. velocity", (12207, 12266)
)
"""Mitral Regurgitation dP/dt derived from Mitral Reg. velocity (LN 18035-6)."""

MitralRegurgitationPISARadius: _Final[_Code] = _Code(
    "LN", "80059-9", "Mitral regurgitation PISA radius", (12300,)
)
"""Mitral regurgitation PISA radius (LN 80059-9)."""

MitralRegurgitationPISAVelocity: _Final[_Code] = _Code(
    "LN", "80060-7", "Mitral regurgitation PISA velocity", (12300,)
)
"""Mitral regurgitation PISA velocity (LN 80060-7)."""

MitralRegurgitationPeakGradient: _Final[_Code] = _Code(
    "LN", "80058-1", "Mitral regurgitation peak gradient", (12300,)
)
"""Mitral regurgitation peak gradient (LN 80058-1)."""

MitralRegurgitationVenaContractaWidth: _Final[_Code] = _Code(
    "LN", "80061-5", "Mitral regurgitation vena contracta width", (12300,)
)
"""Mitral regurgitation vena contracta width (LN 80061-5)."""

MitralRegurgitationVmax: _Final[_Code] = _Code(
    "LN", "80062-3", "Mitral regurgitation Vmax", (12300,)
)
"""Mitral regurgitation Vmax (LN 80062-3)."""

MitralRegurgitationVolumeContinuityVTI: _Final[_Code] = _Code(
    "LN", "80063-1", "Mitral regurgitation volume (Continuity VTI)", (12300,)
)
"""Mitral regurgitation volume (Continuity VTI) (LN 80063-1)."""

MitralRegurgitationVolumePISA: _Final[_Code] = _Code(
    "LN", "80064-9", "Mitral regurgitation volume (PISA)", (12300,)
)
"""Mitral regurgitation volume (PISA) (LN 80064-9)."""

MitralSeptalEPrimeVmax: _Final[_Code] = _Code(
    "LN", "79911-4", "Mitral septal e-prime Vmax", (12300,)
)
"""Mitral septal e-prime Vmax (LN 79911-4)."""

MitralValveAWaveDuration: _Final[_Code] = _Code(
    "LN", "80065-6", "Mitral valve A-wave duration", (12300,)
)
"""Mitral valve A-wave duration (LN 80065-6)."""

MitralValveAWavePeakVelocity: _Final[_Code] = _Code(
    "LN", "17978-8", "Mitral Valve A-Wave Peak Velocity", (12207,)
)
"""Mitral Valve A-Wave Peak Velocity (LN 17978-8)."""

MitralValveAWaveVmax: _Final[_Code] = _Code("LN", "80066-4", "Mitral valve A-wave Vmax", (12300,))
"""Mitral valve A-wave Vmax (LN 80066-4)."""

MitralValveAreaPISA: _Final[_Code] = _Code("LN", "80067-2", "Mitral valve area (PISA)", (12300,))
"""Mitral valve area (PISA) (LN 80067-2)."""

MitralValveAreaPlanimetry: _Final[_Code] = _Code(
    "LN", "80068-0", "Mitral valve area (Planimetry)", (12300,)
)
"""Mitral valve area (Planimetry) (LN 80068-0)."""

MitralValveAreaPressureHalfTime: _Final[_Code] = _Code(
    "LN", "80069-8", "Mitral valve area (Pressure Half-Time)", (12300,)
)
"""Mitral valve area (Pressure Half-Time) (LN 80069-8)."""

MitralValveDecelerationTime: _Final[_Code] = _Code(
    "LN", "78191-4", "Mitral valve deceleration time", (12300,)
)
"""Mitral valve deceleration time (LN 78191-4)."""

MitralValveDiastolicPeakInstantaneousGradient: _Final[_Code] = _Code(
    "LN", "18057-0", "Mitral Valve Diastolic Peak Instantaneous Gradient", (12207,)
)
"""Mitral Valve Diastolic Peak Instantaneous Gradient (LN 18057-0)."""

MitralValveEFSlopeByMMode: _Final[_Code] = _Code(
    "LN", "18040-6", "Mitral Valve E-F Slope by M-Mode", (12207,)
)
"""Mitral Valve E-F Slope by M-Mode (LN 18040-6)."""

MitralValveEPSSEWave: _Final[_Code] = _Code(
    "LN", "18036-4", "Mitral Valve EPSS, E wave", (12207, 12266)
)
"""Mitral Valve EPSS, E wave (LN 18036-4)."""

MitralValveESeptalSeparation: _Final[_Code] = _Code(
    "LN", "59098-4", "Mitral Valve E-septal Separation", (12266,)
)
"""Mitral Valve E-septal Separation (LN 59098-4)."""

MitralValveEToARatio: _Final[_Code] = _Code(
    "LN", "18038-0", "Mitral Valve E to A Ratio", (12207, 12300)
)
"""Mitral Valve E to A Ratio (LN 18038-0)."""

MitralValveEWavePeakVelocity: _Final[_Code] = _Code(
    "LN", "18037-2", "Mitral Valve E-Wave Peak Velocity", (12207,)
)
"""Mitral Valve E-Wave Peak Velocity (LN 18037-2)."""

MitralValveEWaveVmax: _Final[_Code] = _Code("LN", "80070-6", "Mitral valve E-wave Vmax", (12300,))
"""Mitral valve E-wave Vmax (LN 80070-6)."""

MitralValveEffectiveRegurgitantOrificeAreaPISA: _Final[_Code] = _Code(
    "LN", "80071-4", "Mitral valve effective regurgitant orifice area (PISA)", (12300,)
)
"""Mitral valve effective regurgitant orifice area (PISA) (LN 80071-4)."""

MitralValveFlowPropagationVelocityVp: _Final[_Code] = _Code(
    "LN", "80072-2", "Mitral valve flow propagation velocity (Vp)", (12300,)
)
"""Mitral valve flow propagation velocity (Vp) (LN 80072-2)."""

MitralValveMeanGradient: _Final[_Code] = _Code(
    "LN", "80073-0", "Mitral valve mean gradient", (12300,)
)
"""Mitral valve mean gradient (LN 80073-0)."""

MitralValvePeakInstantaneousGradient: _Final[_Code] = _Code(
    "LN", "80074-8", "Mitral valve peak instantaneous gradient", (12300,)
)
"""Mitral valve peak instantaneous gradient (LN 80074-8)."""

MitralValvePressureHalfTime: _Final[_Code] = _Code(
    "LN", "79912-2", "Mitral valve pressure half-time", (12300,)
)
"""Mitral valve pressure half-time (LN 79912-2)."""

MitralValveVTI: _Final[_Code] = _Code("LN", "79914-8", "Mitral valve VTI", (12300,))
"""Mitral valve VTI (LN 79914-8)."""

MitralValveVmax: _Final[_Code] = _Code("LN", "79913-0", "Mitral valve Vmax", (12300,))
"""Mitral valve Vmax (LN 79913-0)."""

MyocardialPerformanceIndexTei: _Final[_Code] = _Code(
    "LN", "59099-2", "Myocardial Performance Index (Tei)", (12255, 12304)
)
"""Myocardial Performance Index (Tei) (LN 59099-2)."""

NMUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "49118-3", "NM unspecified body region", (100, 7000)
)
"""NM unspecified body region (LN 49118-3)."""

NuchalFoldThickness: _Final[_Code] = _Code("LN", "12146-7", "Nuchal Fold thickness", (12007,))
"""Nuchal Fold thickness (LN 12146-7)."""

NuchalTranslucency: _Final[_Code] = _Code(
    "LN", "33069-6", "Nuchal Translucency", (12007, 12009, 12279)
)
"""Nuchal Translucency (LN 33069-6)."""

NuclearMedicineThyroidScanReport: _Final[_Code] = _Code(
    "LN", "30695-1", "Nuclear Medicine Thyroid Scan Report", (7000,)
)
"""Nuclear Medicine Thyroid Scan Report (LN 30695-1)."""

NumberOfFetusesByUS: _Final[_Code] = _Code("LN", "11878-6", "Number of Fetuses by US", (12018,))
"""Number of Fetuses by US (LN 11878-6)."""

OFDASUM2000: _Final[_Code] = _Code("LN", "33119-9", "OFD, ASUM 2000", (12013,))
"""OFD, ASUM 2000 (LN 33119-9)."""

OFDByGAASUM2000: _Final[_Code] = _Code("LN", "33178-5", "OFD by GA, ASUM 2000", (12015,))
"""OFD by GA, ASUM 2000 (LN 33178-5)."""

OFDByGAChitty1994: _Final[_Code] = _Code("LN", "33179-3", "OFD by GA, Chitty 1994", (12015,))
"""OFD by GA, Chitty 1994 (LN 33179-3)."""

OFDHansmann1985: _Final[_Code] = _Code("LN", "33544-8", "OFD, Hansmann 1985", (12013,))
"""OFD, Hansmann 1985 (LN 33544-8)."""

OFDHansmann1986: _Final[_Code] = _Code("LN", "33120-7", "OFD, Hansmann 1986", (12013,))
"""OFD, Hansmann 1986 (LN 33120-7)."""

OFDLessoway1998: _Final[_Code] = _Code("LN", "33121-5", "OFD, Lessoway 1998", (12013,))
"""OFD, Lessoway 1998 (LN 33121-5)."""

OODMayden1982: _Final[_Code] = _Code("LN", "33124-9", "OOD, Mayden, 1982", (12013,))
"""OOD, Mayden, 1982 (LN 33124-9)."""

OODTrout1994: _Final[_Code] = _Code("LN", "33125-6", "OOD, Trout 1994", (12013,))
"""OOD, Trout 1994 (LN 33125-6)."""

OccipitalFrontalDiameter: _Final[_Code] = _Code(
    "LN", "11851-3", "Occipital-Frontal Diameter", (12005, 12279)
)
"""Occipital-Frontal Diameter (LN 11851-3)."""

OuterOrbitalDiameter: _Final[_Code] = _Code("LN", "11629-3", "Outer Orbital Diameter", (12007,))
"""Outer Orbital Diameter (LN 11629-3)."""

OvulationDate: _Final[_Code] = _Code("LN", "11976-8", "Ovulation date", (12003,))
"""Ovulation date (LN 11976-8)."""

OxygenPartialPressureAt50PercentSaturationP50: _Final[_Code] = _Code(
    "LN", "19217-9", "Oxygen partial pressure at 50% saturation (P50)", (3524,)
)
"""Oxygen partial pressure at 50% saturation (P50) (LN 19217-9)."""

PETUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "44136-0", "PET unspecified body region", (100, 7000)
)
"""PET unspecified body region (LN 44136-0)."""

PETWholeBody: _Final[_Code] = _Code("LN", "44139-4", "PET whole body", (100, 646, 6050))
"""PET whole body (LN 44139-4)."""

PatientPresentation: _Final[_Code] = _Code("LN", "55108-5", "Patient Presentation", (7001, 7002))
"""Patient Presentation (LN 55108-5)."""

PeakBloodVelocity: _Final[_Code] = _Code(
    "LN", "20355-4", "Peak Blood Velocity", (12120, 12222, 12304)
)
"""Peak Blood Velocity (LN 20355-4)."""

PeakEWavePeakAWaveByUS: _Final[_Code] = _Code(
    "LN", "59104-0", "Peak E wave/Peak A wave by US", (12222,)
)
"""Peak E wave/Peak A wave by US (LN 59104-0)."""

PeakGradient: _Final[_Code] = _Code("LN", "20247-3", "Peak Gradient", (12122, 12222, 12304))
"""Peak Gradient (LN 20247-3)."""

PeakInstantaneousFlowRate: _Final[_Code] = _Code(
    "LN", "34141-2", "Peak Instantaneous Flow Rate", (12222, 12304)
)
"""Peak Instantaneous Flow Rate (LN 34141-2)."""

PeakReversalVelocityDuringAtrialContraction: _Final[_Code] = _Code(
    "LN", "59079-4", "Peak Reversal Velocity during Atrial Contraction", (12222,)
)
"""Peak Reversal Velocity during Atrial Contraction (LN 59079-4)."""

PeakSystolicVelocity: _Final[_Code] = _Code(
    "LN", "11726-7", "Peak Systolic Velocity", (12120, 12222)
)
"""Peak Systolic Velocity (LN 11726-7)."""

PeakTissueVelocity: _Final[_Code] = _Code("LN", "59133-9", "Peak Tissue Velocity", (12257,))
"""Peak Tissue Velocity (LN 59133-9)."""

PercentThickening: _Final[_Code] = _Code("LN", "59092-7", "% Thickening", (12252,))
"""% Thickening (LN 59092-7)."""

PosteriorHornLateralVentricularWidth: _Final[_Code] = _Code(
    "LN", "33196-7", "Posterior Horn Lateral ventricular width", (12007,)
)
"""Posterior Horn Lateral ventricular width (LN 33196-7)."""

PreEjectionPeriod: _Final[_Code] = _Code("LN", "59085-1", "Pre-Ejection Period", (12254,))
"""Pre-Ejection Period (LN 59085-1)."""

PreEjectionPeriodEjectionTimeRatio: _Final[_Code] = _Code(
    "LN", "59088-5", "Pre-Ejection Period/Ejection Time Ratio", (12254,)
)
"""Pre-Ejection Period/Ejection Time Ratio (LN 59088-5)."""

PressureHalfTime: _Final[_Code] = _Code("LN", "20280-4", "Pressure Half-Time", (12222, 12304))
"""Pressure Half-Time (LN 20280-4)."""

PreviousFindings: _Final[_Code] = _Code("LN", "18834-2", "Previous Findings", (7001,))
"""Previous Findings (LN 18834-2)."""

PriorProcedureDescriptions: _Final[_Code] = _Code(
    "LN", "55114-3", "Prior Procedure Descriptions", (7001,)
)
"""Prior Procedure Descriptions (LN 55114-3)."""

ProstateCancerAntigen: _Final[_Code] = _Code("LN", "2857-1", "Prostate Cancer Antigen", (6352,))
"""Prostate Cancer Antigen (LN 2857-1)."""

ProstateSpecificAntigenDensity: _Final[_Code] = _Code(
    "LN", "15325-4", "Prostate specific Antigen Density", (6352,)
)
"""Prostate specific Antigen Density (LN 15325-4)."""

PulmVeinADurationToMVADurationDifference: _Final[_Code] = _Code(
    "LN", "59114-9", "Pulm Vein A duration to MV A duration difference", (12261,)
)
"""Pulm Vein A duration to MV A duration difference (LN 59114-9)."""

PulmonaryArteryMainOxygenContent: _Final[_Code] = _Code(
    "LN", "10245-9", "Pulmonary Artery Main Oxygen content", (3525,)
)
"""Pulmonary Artery Main Oxygen content (LN 10245-9)."""

PulmonaryArteryPressureUsingAccelTime: _Final[_Code] = _Code(
    "LN", "59101-6", "Pulmonary Artery Pressure using Accel Time", (12262,)
)
"""Pulmonary Artery Pressure using Accel Time (LN 59101-6)."""

PulmonaryToSystemicShuntFlowRatio: _Final[_Code] = _Code(
    "LN", "29462-9", "Pulmonary-to-Systemic Shunt Flow Ratio", (12217, 12276)
)
"""Pulmonary-to-Systemic Shunt Flow Ratio (LN 29462-9)."""

PulmonaryVeinADurationMitralValveADurationRatio: _Final[_Code] = _Code(
    "LN", "59112-3", "Pulmonary Vein A Duration Mitral Valve A Duration Ratio", (12261,)
)
"""Pulmonary Vein A Duration Mitral Valve A Duration Ratio (LN 59112-3)."""

PulmonaryVeinAVTIToMitralValveVTIRatio: _Final[_Code] = _Code(
    "LN", "59113-1", "Pulmonary Vein A VTI to Mitral Valve VTI Ratio", (12261,)
)
"""Pulmonary Vein A VTI to Mitral Valve VTI Ratio (LN 59113-1)."""

PulmonaryVeinAWaveDuration: _Final[_Code] = _Code(
    "LN", "78184-9", "Pulmonary vein A-wave duration", (12300,)
)
"""Pulmonary vein A-wave duration (LN 78184-9)."""

PulmonaryVeinAWaveVmax: _Final[_Code] = _Code(
    "LN", "79915-5", "Pulmonary vein A-wave Vmax", (12300,)
)
"""Pulmonary vein A-wave Vmax (LN 79915-5)."""

PulmonaryVeinAtrialContractionReversalPeakVelocity: _Final[_Code] = _Code(
    "LN", "29453-8", "Pulmonary Vein Atrial Contraction Reversal Peak Velocity", (12214,)
)
"""Pulmonary Vein Atrial Contraction Reversal Peak Velocity (LN 29453-8)."""

PulmonaryVeinDWaveVmax: _Final[_Code] = _Code(
    "LN", "79916-3", "Pulmonary vein D-wave Vmax", (12300,)
)
"""Pulmonary vein D-wave Vmax (LN 79916-3)."""

PulmonaryVeinDiastolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29451-2", "Pulmonary Vein Diastolic Peak Velocity", (12214,)
)
"""Pulmonary Vein Diastolic Peak Velocity (LN 29451-2)."""

PulmonaryVeinSWaveVmax: _Final[_Code] = _Code(
    "LN", "79917-1", "Pulmonary vein S-wave Vmax", (12300,)
)
"""Pulmonary vein S-wave Vmax (LN 79917-1)."""

PulmonaryVeinSystolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29450-4", "Pulmonary Vein Systolic Peak Velocity", (12214,)
)
"""Pulmonary Vein Systolic Peak Velocity (LN 29450-4)."""

PulmonaryVeinSystolicToDiastolicRatio: _Final[_Code] = _Code(
    "LN", "29452-0", "Pulmonary Vein Systolic to Diastolic Ratio", (12214,)
)
"""Pulmonary Vein Systolic to Diastolic Ratio (LN 29452-0)."""

PulmonaryWedgeOxygenContent: _Final[_Code] = _Code(
    "LN", "10247-5", "Pulmonary Wedge Oxygen content", (3525,)
)
"""Pulmonary Wedge Oxygen content (LN 10247-5)."""

PulmonicAnnulusDiameter: _Final[_Code] = _Code(
    "LN", "79909-8", "Pulmonic annulus diameter", (12300,)
)
"""Pulmonic annulus diameter (LN 79909-8)."""

PulmonicRegurgitationEndDiastolicPeakGradient: _Final[_Code] = _Code(
    "LN", "79934-6", "Pulmonic regurgitation end diastolic peak gradient", (12300,)
)
"""Pulmonic regurgitation end diastolic peak gradient (LN 79934-6)."""

PulmonicRegurgitationEndDiastolicVelocity: _Final[_Code] = _Code(
    "LN", "79918-9", "Pulmonic regurgitation end diastolic velocity", (12300,)
)
"""Pulmonic regurgitation end diastolic velocity (LN 79918-9)."""

PulmonicRegurgitationVmax: _Final[_Code] = _Code(
    "LN", "79919-7", "Pulmonic regurgitation Vmax", (12300,)
)
"""Pulmonic regurgitation Vmax (LN 79919-7)."""

PulmonicValveAccelerationTime: _Final[_Code] = _Code(
    "LN", "79928-8", "Pulmonic valve acceleration time", (12300,)
)
"""Pulmonic valve acceleration time (LN 79928-8)."""

PulmonicValveAreaByContinuity: _Final[_Code] = _Code(
    "LN", "18096-8", "Pulmonic Valve Area by continuity", (12209,)
)
"""Pulmonic Valve Area by continuity (LN 18096-8)."""

PulmonicValveEjectionTime: _Final[_Code] = _Code(
    "LN", "18042-2", "Pulmonic Valve Ejection Time", (12209, 12300)
)
"""Pulmonic Valve Ejection Time (LN 18042-2)."""

PulmonicValvePeakGradient: _Final[_Code] = _Code(
    "LN", "79935-3", "Pulmonic valve peak gradient", (12300,)
)
"""Pulmonic valve peak gradient (LN 79935-3)."""

PulmonicValveVTI: _Final[_Code] = _Code("LN", "79910-6", "Pulmonic valve VTI", (12300,))
"""Pulmonic valve VTI (LN 79910-6)."""

PulmonicValveVmax: _Final[_Code] = _Code("LN", "79920-5", "Pulmonic valve Vmax", (12300,))
"""Pulmonic valve Vmax (LN 79920-5)."""

PulsatilityIndex: _Final[_Code] = _Code("LN", "12008-9", "Pulsatility Index", (12121,))
"""Pulsatility Index (LN 12008-9)."""

ROIInternalDimensionByUS: _Final[_Code] = _Code(
    "LN", "59090-1", "ROI Internal Dimension by US", (12250, 12304)
)
"""ROI Internal Dimension by US (LN 59090-1)."""

ROIThicknessByUS: _Final[_Code] = _Code("LN", "59089-3", "ROI Thickness by US", (12250, 12304))
"""ROI Thickness by US (LN 59089-3)."""

RadiationExposureAndProtectionInformation: _Final[_Code] = _Code(
    "LN", "73569-6", "Radiation Exposure and Protection Information", (7001,)
)
"""Radiation Exposure and Protection Information (LN 73569-6)."""

RadiologyReport: _Final[_Code] = _Code("LN", "11528-7", "Radiology Report", (7000,))
"""Radiology Report (LN 11528-7)."""

RadionuclideBrainScan: _Final[_Code] = _Code("LN", "24730-4", "Radionuclide brain scan", (646,))
"""Radionuclide brain scan (LN 24730-4)."""

RadionuclideScanOfWholeBody: _Final[_Code] = _Code(
    "LN", "42175-0", "Radionuclide scan of whole body", (646,)
)
"""Radionuclide scan of whole body (LN 42175-0)."""

RadiusByGAJeanty1983: _Final[_Code] = _Code("LN", "33180-1", "Radius by GA, Jeanty 1983", (12015,))
"""Radius by GA, Jeanty 1983 (LN 33180-1)."""

RadiusJeanty1983: _Final[_Code] = _Code("LN", "33126-4", "Radius, Jeanty 1983", (12013,))
"""Radius, Jeanty 1983 (LN 33126-4)."""

RadiusLength: _Final[_Code] = _Code("LN", "11967-7", "Radius length", (12006,))
"""Radius length (LN 11967-7)."""

RadiusMerz1987: _Final[_Code] = _Code("LN", "11939-6", "Radius, Merz 1987", (12013,))
"""Radius, Merz 1987 (LN 11939-6)."""

Recommendations: _Final[_Code] = _Code("LN", "18783-1", "Recommendations", (6052, 7001))
"""Recommendations (LN 18783-1)."""

RelevantDiagnosticTestsAndOrLaboratoryData: _Final[_Code] = _Code(
    "LN", "30954-2", "Relevant Diagnostic Tests and/or Laboratory Data", (9509,)
)
"""Relevant Diagnostic Tests and/or Laboratory Data (LN 30954-2)."""

RenalArteryAortaVelocityRatio: _Final[_Code] = _Code(
    "LN", "33869-9", "Renal Artery/Aorta velocity ratio", (12124,)
)
"""Renal Artery/Aorta velocity ratio (LN 33869-9)."""

Request: _Final[_Code] = _Code("LN", "55115-0", "Request", (7001, 7002))
"""Request (LN 55115-0)."""

ResistivityIndex: _Final[_Code] = _Code("LN", "12023-8", "Resistivity Index", (12121,))
"""Resistivity Index (LN 12023-8)."""

RespirationRhythm: _Final[_Code] = _Code("LN", "9304-7", "Respiration Rhythm", (3441,))
"""Respiration Rhythm (LN 9304-7)."""

RightAtrialEndSystolicArea4C: _Final[_Code] = _Code(
    "LN", "80075-5", "Right atrial end systolic area 4C", (12300,)
)
"""Right atrial end systolic area 4C (LN 80075-5)."""

RightAtrialMajorAxisDimension4C: _Final[_Code] = _Code(
    "LN", "80076-3", "Right atrial major axis dimension 4C", (12300,)
)
"""Right atrial major axis dimension 4C (LN 80076-3)."""

RightAtrialMinorAxisDimension4C: _Final[_Code] = _Code(
    "LN", "80077-1", "Right atrial minor axis dimension 4C", (12300,)
)
"""Right atrial minor axis dimension 4C (LN 80077-1)."""

RightAtrialMinorAxisDimension4CBSA: _Final[_Code] = _Code(
    "LN", "80078-9", "Right atrial minor axis dimension 4C / BSA", (12300,)
)
"""Right atrial minor axis dimension 4C / BSA (LN 80078-9)."""

RightAtriumAreaA4CView: _Final[_Code] = _Code(
    "LN", "17988-7", "Right Atrium Area A4C view", (12206,)
)
"""Right Atrium Area A4C view (LN 17988-7)."""

RightAtriumSystolicPressure: _Final[_Code] = _Code(
    "LN", "18070-3", "Right Atrium Systolic Pressure", (12206,)
)
"""Right Atrium Systolic Pressure (LN 18070-3)."""

RightFetalEarLength: _Final[_Code] = _Code("LN", "53668-0", "Right Fetal Ear Length", (12005,))
"""Right Fetal Ear Length (LN 53668-0)."""

RightKidneyLength: _Final[_Code] = _Code("LN", "11836-4", "Right Kidney length", (12005,))
"""Right Kidney length (LN 11836-4)."""

RightKidneyThickness: _Final[_Code] = _Code("LN", "11855-4", "Right Kidney thickness", (12005,))
"""Right Kidney thickness (LN 11855-4)."""

RightKidneyWidth: _Final[_Code] = _Code("LN", "11827-3", "Right Kidney width", (12005,))
"""Right Kidney width (LN 11827-3)."""

RightPulmonaryArteryDiameter_18021_6: _Final[_Code] = _Code(
    "LN", "18021-6", "Right Pulmonary Artery Diameter", (12210,)
)
"""Right Pulmonary Artery Diameter (LN 18021-6)."""

RightPulmonaryArteryDiameter_80079_7: _Final[_Code] = _Code(
    "LN", "80079-7", "Right pulmonary artery diameter", (12300,)
)
"""Right pulmonary artery diameter (LN 80079-7)."""

RightVentricularAnteriorWallDiastolicThickness: _Final[_Code] = _Code(
    "LN", "18153-7", "Right Ventricular Anterior Wall Diastolic Thickness", (12204,)
)
"""Right Ventricular Anterior Wall Diastolic Thickness (LN 18153-7)."""

RightVentricularAnteriorWallSystolicThickness: _Final[_Code] = _Code(
    "LN", "18157-8", "Right Ventricular Anterior Wall Systolic Thickness", (12204,)
)
"""Right Ventricular Anterior Wall Systolic Thickness (LN 18157-8)."""

RightVentricularBasalDimension4C: _Final[_Code] = _Code(
    "LN", "80080-5", "Right ventricular basal dimension 4C", (12300,)
)
"""Right ventricular basal dimension 4C (LN 80080-5)."""

RightVentricularEDVolume: _Final[_Code] = _Code(
    "LN", "8822-9", "Right Ventricular ED Volume", (3468,)
)
"""Right Ventricular ED Volume (LN 8822-9)."""

RightVentricularESVolume: _Final[_Code] = _Code(
    "LN", "8824-5", "Right Ventricular ES Volume", (3469,)
)
"""Right Ventricular ES Volume (LN 8824-5)."""

RightVentricularEjectionFractionByAngiography: _Final[_Code] = _Code(
    "LN", "8815-3", "Right Ventricular Ejection Fraction by Angiography", (3467,)
)
"""Right Ventricular Ejection Fraction by Angiography (LN 8815-3)."""

RightVentricularEjectionFractionByCT: _Final[_Code] = _Code(
    "LN", "8817-9", "Right ventricular ejection fraction by CT", (3833,)
)
"""Right ventricular ejection fraction by CT (LN 8817-9)."""

RightVentricularEjectionFractionByMR: _Final[_Code] = _Code(
    "LN", "8818-7", "Right ventricular ejection fraction by MR", (3833,)
)
"""Right ventricular ejection fraction by MR (LN 8818-7)."""

RightVentricularEjectionTime: _Final[_Code] = _Code(
    "LN", "79929-6", "Right ventricular ejection time", (12300,)
)
"""Right ventricular ejection time (LN 79929-6)."""

RightVentricularEndDiastolicArea4C: _Final[_Code] = _Code(
    "LN", "80081-3", "Right ventricular end diastolic area 4C", (12300,)
)
"""Right ventricular end diastolic area 4C (LN 80081-3)."""

RightVentricularEndSystolicArea4C: _Final[_Code] = _Code(
    "LN", "80082-1", "Right ventricular end systolic area 4C", (12300,)
)
"""Right ventricular end systolic area 4C (LN 80082-1)."""

RightVentricularFractionalAreaChange: _Final[_Code] = _Code(
    "LN", "79936-1", "Right ventricular fractional area change", (12300,)
)
"""Right ventricular fractional area change (LN 79936-1)."""

RightVentricularFreeWallThickness2D: _Final[_Code] = _Code(
    "LN", "80083-9", "Right ventricular free wall thickness 2D", (12300,)
)
"""Right ventricular free wall thickness 2D (LN 80083-9)."""

RightVentricularFreeWallThicknessMM: _Final[_Code] = _Code(
    "LN", "80084-7", "Right ventricular free wall thickness MM", (12300,)
)
"""Right ventricular free wall thickness MM (LN 80084-7)."""

RightVentricularInternalDiastolicDimension: _Final[_Code] = _Code(
    "LN", "20304-2", "Right Ventricular Internal Diastolic Dimension", (12204,)
)
"""Right Ventricular Internal Diastolic Dimension (LN 20304-2)."""

RightVentricularInternalSystolicDimension: _Final[_Code] = _Code(
    "LN", "20305-9", "Right Ventricular Internal Systolic Dimension", (12204,)
)
"""Right Ventricular Internal Systolic Dimension (LN 20305-9)."""

RightVentricularMidCavityDimension4C: _Final[_Code] = _Code(
    "LN", "80085-4", "Right ventricular mid-cavity dimension 4C", (12300,)
)
"""Right ventricular mid-cavity dimension 4C (LN 80085-4)."""

RightVentricularMyocardialPerformanceIndex: _Final[_Code] = _Code(
    "LN", "80086-2", "Right ventricular myocardial performance index", (12300,)
)
"""Right ventricular myocardial performance index (LN 80086-2)."""

RightVentricularOutflowTractDiameterAtPulmonicValveRVOTDistal: _Final[_Code] = _Code(
    "LN",
    "80087-0",
    "Right ventricular outflow tract diameter at pulmonic valve (RVOT-Distal)",
    (12300,),
)
"""Right ventricular outflow tract diameter at pulmonic valve (RVOT-Distal) (LN 80087-0)."""

RightVentricularOutflowTractDiameterAtSubvalvularLevelRVOTProximal: _Final[_Code] = _Code(
    "LN",
    "80088-8",
    "Right ventricular outflow tract diameter at subvalvular level (RVOT-Proximal)",
    (12300,),
)
"""Right ventricular outflow tract diameter at subvalvular level (RVOT-Proximal) (LN 80088-8)."""

RightVentricularOutflowTractVTI: _Final[_Code] = _Code(
    "LN", "80089-6", "Right ventricular outflow tract VTI", (12300,)
)
"""Right ventricular outflow tract VTI (LN 80089-6)."""

RightVentricularPreEjectionPeriod: _Final[_Code] = _Code(
    "LN", "80090-4", "Right ventricular pre-ejection period", (12300,)
)
"""Right ventricular pre-ejection period (LN 80090-4)."""

SPECTBrain: _Final[_Code] = _Code("LN", "39632-5", "SPECT brain", (100, 646))
"""SPECT brain (LN 39632-5)."""

SecondQuadrantDiameter: _Final[_Code] = _Code("LN", "11626-9", "Second Quadrant Diameter", (12008,))
"""Second Quadrant Diameter (LN 11626-9)."""

SpineLength: _Final[_Code] = _Code("LN", "33071-2", "Spine Length", (12009,))
"""Spine Length (LN 33071-2)."""

SpineLengthTokyo1989: _Final[_Code] = _Code("LN", "33127-2", "Spine Length, Tokyo, 1989", (12013,))
"""Spine Length, Tokyo, 1989 (LN 33127-2)."""

StenosisPeakGradient: _Final[_Code] = _Code("LN", "59106-5", "Stenosis Peak Gradient", (12222,))
"""Stenosis Peak Gradient (LN 59106-5)."""

StenosisPeakVelocity: _Final[_Code] = _Code("LN", "59107-3", "Stenosis Peak Velocity", (12222,))
"""Stenosis Peak Velocity (LN 59107-3)."""

Summary: _Final[_Code] = _Code("LN", "55112-7", "Summary", (7001, 7002))
"""Summary (LN 55112-7)."""

SystolicToDiastolicVelocityRatio: _Final[_Code] = _Code(
    "LN", "12144-2", "Systolic to Diastolic Velocity Ratio", (12121, 12222)
)
"""Systolic to Diastolic Velocity Ratio (LN 12144-2)."""

TADEriksen1985: _Final[_Code] = _Code("LN", "33128-0", "TAD, Eriksen 1985", (12013,))
"""TAD, Eriksen 1985 (LN 33128-0)."""

TADHansmann1979: _Final[_Code] = _Code("LN", "33129-8", "TAD Hansmann, 1979", (12013,))
"""TAD Hansmann, 1979 (LN 33129-8)."""

TADTokyo1986: _Final[_Code] = _Code("LN", "33130-6", "TAD, Tokyo 1986", (12013,))
"""TAD, Tokyo 1986 (LN 33130-6)."""

TCDByGAGoldstein1987: _Final[_Code] = _Code("LN", "33181-9", "TCD by GA Goldstein 1987", (12015,))
"""TCD by GA Goldstein 1987 (LN 33181-9)."""

TCDChitty1994: _Final[_Code] = _Code("LN", "33132-2", "TCD, Chitty 1994", (12013,))
"""TCD, Chitty 1994 (LN 33132-2)."""

TCDGoldstein1987: _Final[_Code] = _Code("LN", "33133-0", "TCD, Goldstein 1987", (12013,))
"""TCD, Goldstein 1987 (LN 33133-0)."""

TCDHill1990: _Final[_Code] = _Code("LN", "33134-8", "TCD, Hill 1990", (12013,))
"""TCD, Hill 1990 (LN 33134-8)."""

TCDNimrod1986: _Final[_Code] = _Code("LN", "33135-5", "TCD, Nimrod 1986", (12013,))
"""TCD, Nimrod 1986 (LN 33135-5)."""

ThcChitkara1987: _Final[_Code] = _Code("LN", "33131-4", "ThC, Chitkara 1987", (12013,))
"""ThC, Chitkara 1987 (LN 33131-4)."""

ThirdQuadrantDiameter: _Final[_Code] = _Code("LN", "11625-1", "Third Quadrant Diameter", (12008,))
"""Third Quadrant Diameter (LN 11625-1)."""

ThoracicAortaCoarctationSystolicPeakInstantaneousGradient: _Final[_Code] = _Code(
    "LN", "17995-2", "Thoracic Aorta Coarctation Systolic Peak Instantaneous Gradient", (12212,)
)
"""Thoracic Aorta Coarctation Systolic Peak Instantaneous Gradient (LN 17995-2)."""

ThoracicAortaCoarctationSystolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29460-3", "Thoracic Aorta Coarctation Systolic Peak Velocity", (12212,)
)
"""Thoracic Aorta Coarctation Systolic Peak Velocity (LN 29460-3)."""

ThoracicArea: _Final[_Code] = _Code("LN", "33068-8", "Thoracic Area", (12005, 12279))
"""Thoracic Area (LN 33068-8)."""

ThoracicCircumference: _Final[_Code] = _Code(
    "LN", "11988-3", "Thoracic Circumference", (12005, 12279)
)
"""Thoracic Circumference (LN 11988-3)."""

TibiaJeanty1984: _Final[_Code] = _Code("LN", "11941-2", "Tibia, Jeanty 1984", (12013,))
"""Tibia, Jeanty 1984 (LN 11941-2)."""

TibiaLength: _Final[_Code] = _Code("LN", "11968-5", "Tibia length", (12006,))
"""Tibia length (LN 11968-5)."""

TibialBrachialIndex: _Final[_Code] = _Code("LN", "8581-1", "Tibial/brachial index", (3620,))
"""Tibial/brachial index (LN 8581-1)."""

TimeAveragedMeanVelocity: _Final[_Code] = _Code(
    "LN", "20352-1", "Time averaged mean velocity", (12120, 12222, 12304)
)
"""Time averaged mean velocity (LN 20352-1)."""

TimeAveragedPeakVelocity: _Final[_Code] = _Code(
    "LN", "11692-1", "Time averaged peak velocity", (12120, 12222)
)
"""Time averaged peak velocity (LN 11692-1)."""

TimeFromQWaveToPulmonicValveCloses: _Final[_Code] = _Code(
    "LN", "20295-2", "Time from Q wave to Pulmonic Valve Closes", (12209, 12262)
)
"""Time from Q wave to Pulmonic Valve Closes (LN 20295-2)."""

TimeFromQWaveToTricuspidValveOpens: _Final[_Code] = _Code(
    "LN", "20296-0", "Time from Q wave to Tricuspid Valve Opens", (12208, 12267)
)
"""Time from Q wave to Tricuspid Valve Opens (LN 20296-0)."""

TimeToLeftVentricleETissueVelocity: _Final[_Code] = _Code(
    "LN", "59096-8", "Time to Left Ventricle E Tissue Velocity", (12257,)
)
"""Time to Left Ventricle E Tissue Velocity (LN 59096-8)."""

TimeToLeftVentricleSTissueVelocity: _Final[_Code] = _Code(
    "LN", "59095-0", "Time to Left Ventricle S Tissue Velocity", (12257,)
)
"""Time to Left Ventricle S Tissue Velocity (LN 59095-0)."""

TimeToPeakByUS: _Final[_Code] = _Code("LN", "59121-4", "Time to Peak by US", (12254,))
"""Time to Peak by US (LN 59121-4)."""

TissueVelocityTimeIntegralVTIForTheAreaUnderLeftVentricleAWave: _Final[_Code] = _Code(
    "LN",
    "59125-5",
    "Tissue Velocity Time Integral (VTI) for the area under Left Ventricle A wave",
    (12257,),
)
"""Tissue Velocity Time Integral (VTI) for the area under Left Ventricle A wave (LN 59125-5)."""

TissueVelocityTimeIntegralVTIForTheAreaUnderLeftVentricleEWave: _Final[_Code] = _Code(
    "LN",
    "59124-8",
    "Tissue Velocity Time Integral (VTI) for the area under Left Ventricle E wave",
    (12257,),
)
"""Tissue Velocity Time Integral (VTI) for the area under Left Ventricle E wave (LN 59124-8)."""

TransverseAbdominalDiameter: _Final[_Code] = _Code(
    "LN", "11862-0", "Transverse Abdominal Diameter", (12005, 12279)
)
"""Transverse Abdominal Diameter (LN 11862-0)."""

TransverseCerebellarDiameter: _Final[_Code] = _Code(
    "LN", "11863-8", "Transverse Cerebellar Diameter", (12005, 12007, 12279)
)
"""Transverse Cerebellar Diameter (LN 11863-8)."""

TransverseThoracicDiameter: _Final[_Code] = _Code(
    "LN", "11864-6", "Transverse Thoracic Diameter", (12005, 12279)
)
"""Transverse Thoracic Diameter (LN 11864-6)."""

TransverseThoracicDiameterHansmann1985: _Final[_Code] = _Code(
    "LN", "33136-3", "Transverse Thoracic Diameter, Hansmann 1985", (12013,)
)
"""Transverse Thoracic Diameter, Hansmann 1985 (LN 33136-3)."""

TransverseThoracicDiameterLessoway1998: _Final[_Code] = _Code(
    "LN", "33137-1", "Transverse Thoracic Diameter, Lessoway 1998", (12013,)
)
"""Transverse Thoracic Diameter, Lessoway 1998 (LN 33137-1)."""

TricuspidAnnularPlaneSystolicExcursionTAPSE: _Final[_Code] = _Code(
    "LN", "77903-3", "Tricuspid Annular Plane Systolic Excursion (TAPSE)", (12300,)
)
"""Tricuspid Annular Plane Systolic Excursion (TAPSE) (LN 77903-3)."""

TricuspidAnnulusDiameter: _Final[_Code] = _Code(
    "LN", "80091-2", "Tricuspid annulus diameter", (12300,)
)
"""Tricuspid annulus diameter (LN 80091-2)."""

TricuspidRegurgitationDpDt: _Final[_Code] = _Code(
    "LN", "18034-9", "Tricuspid Regurgitation dP/dt", (12208,)
)
"""Tricuspid Regurgitation dP/dt (LN 18034-9)."""

TricuspidRegurgitationPISARadius: _Final[_Code] = _Code(
    "LN", "79932-0", "Tricuspid regurgitation PISA radius", (12300,)
)
"""Tricuspid regurgitation PISA radius (LN 79932-0)."""

TricuspidRegurgitationPeakGradient: _Final[_Code] = _Code(
    "LN", "79937-9", "Tricuspid regurgitation peak gradient", (12300,)
)
"""Tricuspid regurgitation peak gradient (LN 79937-9)."""

TricuspidRegurgitationVenaContractaWidth: _Final[_Code] = _Code(
    "LN", "79933-8", "Tricuspid regurgitation vena contracta width", (12300,)
)
"""Tricuspid regurgitation vena contracta width (LN 79933-8)."""

TricuspidRegurgitationVmax: _Final[_Code] = _Code(
    "LN", "79921-3", "Tricuspid regurgitation Vmax", (12300,)
)
"""Tricuspid regurgitation Vmax (LN 79921-3)."""

TricuspidValveAPrimeVmax: _Final[_Code] = _Code(
    "LN", "79922-1", "Tricuspid valve a-prime Vmax", (12300,)
)
"""Tricuspid valve a-prime Vmax (LN 79922-1)."""

TricuspidValveAWavePeakVelocity: _Final[_Code] = _Code(
    "LN", "18030-7", "Tricuspid Valve A Wave Peak Velocity", (12208,)
)
"""Tricuspid Valve A Wave Peak Velocity (LN 18030-7)."""

TricuspidValveAWaveVmax: _Final[_Code] = _Code(
    "LN", "79923-9", "Tricuspid valve A-wave Vmax", (12300,)
)
"""Tricuspid valve A-wave Vmax (LN 79923-9)."""

TricuspidValveClosureToOpeningTime: _Final[_Code] = _Code(
    "LN", "79930-4", "Tricuspid valve closure to opening time", (12300,)
)
"""Tricuspid valve closure to opening time (LN 79930-4)."""

TricuspidValveDecelerationTime: _Final[_Code] = _Code(
    "LN", "79931-2", "Tricuspid valve deceleration time", (12300,)
)
"""Tricuspid valve deceleration time (LN 79931-2)."""

TricuspidValveDiastolicVTI: _Final[_Code] = _Code(
    "LN", "18175-0", "Tricuspid valve diastolic VTI", (12300,)
)
"""Tricuspid valve diastolic VTI (LN 18175-0)."""

TricuspidValveEPrimeVmax: _Final[_Code] = _Code(
    "LN", "79924-7", "Tricuspid valve e-prime Vmax", (12300,)
)
"""Tricuspid valve e-prime Vmax (LN 79924-7)."""

TricuspidValveEToARatio: _Final[_Code] = _Code(
    "LN", "18039-8", "Tricuspid Valve E to A Ratio", (12208,)
)
"""Tricuspid Valve E to A Ratio (LN 18039-8)."""

TricuspidValveEWavePeakVelocity: _Final[_Code] = _Code(
    "LN", "18031-5", "Tricuspid Valve E Wave Peak Velocity", (12208,)
)
"""Tricuspid Valve E Wave Peak Velocity (LN 18031-5)."""

TricuspidValveEWaveVmax: _Final[_Code] = _Code(
    "LN", "79925-4", "Tricuspid valve E-wave Vmax", (12300,)
)
"""Tricuspid valve E-wave Vmax (LN 79925-4)."""

TricuspidValveMeanGradient: _Final[_Code] = _Code(
    "LN", "79938-7", "Tricuspid valve mean gradient", (12300,)
)
"""Tricuspid valve mean gradient (LN 79938-7)."""

TricuspidValvePeakGradient: _Final[_Code] = _Code(
    "LN", "79939-5", "Tricuspid valve peak gradient", (12300,)
)
"""Tricuspid valve peak gradient (LN 79939-5)."""

TricuspidValvePressureHalfTime: _Final[_Code] = _Code(
    "LN", "18032-3", "Tricuspid valve pressure half-time", (12300,)
)
"""Tricuspid valve pressure half-time (LN 18032-3)."""

TricuspidValveSPrimeVmax: _Final[_Code] = _Code(
    "LN", "79926-2", "Tricuspid valve s-prime Vmax", (12300,)
)
"""Tricuspid valve s-prime Vmax (LN 79926-2)."""

TricuspidValveVmax: _Final[_Code] = _Code("LN", "79927-0", "Tricuspid valve Vmax", (12300,))
"""Tricuspid valve Vmax (LN 79927-0)."""

USArteryReport: _Final[_Code] = _Code("LN", "46375-2", "US Artery Report", (12100,))
"""US Artery Report (LN 46375-2)."""

USBreastReport: _Final[_Code] = _Code("LN", "24601-7", "US Breast Report", (12320,))
"""US Breast Report (LN 24601-7)."""

USCarotidArteriesReport: _Final[_Code] = _Code(
    "LN", "24616-5", "US Carotid Arteries Report", (12100,)
)
"""US Carotid Arteries Report (LN 24616-5)."""

USDopplerAbdominalVesselsReport: _Final[_Code] = _Code(
    "LN", "24534-0", "US Doppler Abdominal Vessels Report", (12100,)
)
"""US Doppler Abdominal Vessels Report (LN 24534-0)."""

USDopplerExtremityVesselsReport: _Final[_Code] = _Code(
    "LN", "43771-5", "US Doppler Extremity Vessels Report", (12100,)
)
"""US Doppler Extremity Vessels Report (LN 43771-5)."""

USDopplerHeadVesselsReport: _Final[_Code] = _Code(
    "LN", "24733-8", "US Doppler Head Vessels Report", (12100,)
)
"""US Doppler Head Vessels Report (LN 24733-8)."""

USDopplerLowerExtremityVesselsReport: _Final[_Code] = _Code(
    "LN", "44174-1", "US Doppler Lower Extremity Vessels Report", (12100,)
)
"""US Doppler Lower Extremity Vessels Report (LN 44174-1)."""

USDopplerUpperExtremityVesselsReport: _Final[_Code] = _Code(
    "LN", "39448-6", "US Doppler Upper Extremity Vessels Report", (12100,)
)
"""US Doppler Upper Extremity Vessels Report (LN 39448-6)."""

USDopplerVesselsReport: _Final[_Code] = _Code(
    "LN", "39445-2", "US Doppler Vessels Report", (12100,)
)
"""US Doppler Vessels Report (LN 39445-2)."""

USKidneyReport: _Final[_Code] = _Code("LN", "38036-0", "US Kidney Report", (12320,))
"""US Kidney Report (LN 38036-0)."""

USLiverReport: _Final[_Code] = _Code("LN", "28614-6", "US Liver Report", (12320,))
"""US Liver Report (LN 28614-6)."""

USPancreasReport: _Final[_Code] = _Code("LN", "24859-1", "US Pancreas Report", (12320,))
"""US Pancreas Report (LN 24859-1)."""

USPelvis: _Final[_Code] = _Code("LN", "24869-0", "US Pelvis", (12024,))
"""US Pelvis (LN 24869-0)."""

USProstateTransrectalReport: _Final[_Code] = _Code(
    "LN", "24884-9", "US Prostate (transrectal) Report", (12320,)
)
"""US Prostate (transrectal) Report (LN 24884-9)."""

USScrotumAndTesticleReport: _Final[_Code] = _Code(
    "LN", "25002-7", "US Scrotum and Testicle Report", (12320,)
)
"""US Scrotum and Testicle Report (LN 25002-7)."""

USShoulderReport: _Final[_Code] = _Code("LN", "24907-8", "US Shoulder Report", (12320,))
"""US Shoulder Report (LN 24907-8)."""

USSpleenReport: _Final[_Code] = _Code("LN", "24990-4", "US Spleen Report", (12320,))
"""US Spleen Report (LN 24990-4)."""

USTendonReport: _Final[_Code] = _Code("LN", "39453-6", "US Tendon Report", (12320,))
"""US Tendon Report (LN 39453-6)."""

USThyroidReport: _Final[_Code] = _Code("LN", "25010-0", "US Thyroid Report", (12320,))
"""US Thyroid Report (LN 25010-0)."""

USVeinReport: _Final[_Code] = _Code("LN", "39036-9", "US Vein Report", (12100,))
"""US Vein Report (LN 39036-9)."""

UlnaJeanty1984: _Final[_Code] = _Code("LN", "11944-6", "Ulna, Jeanty 1984", (12013,))
"""Ulna, Jeanty 1984 (LN 11944-6)."""

UlnaLength: _Final[_Code] = _Code("LN", "11969-3", "Ulna length", (12006,))
"""Ulna length (LN 11969-3)."""

UlnaMerz1987: _Final[_Code] = _Code("LN", "11945-3", "Ulna, Merz 1987", (12013,))
"""Ulna, Merz 1987 (LN 11945-3)."""

UltrasoundObstetricAndGynReport: _Final[_Code] = _Code(
    "LN", "11525-3", "Ultrasound Obstetric and Gyn Report", (7000,)
)
"""Ultrasound Obstetric and Gyn Report (LN 11525-3)."""

UltrasoundReport: _Final[_Code] = _Code("LN", "25061-3", "Ultrasound Report", (7000, 12320))
"""Ultrasound Report (LN 25061-3)."""

VelocityOfFlowPropagation: _Final[_Code] = _Code(
    "LN", "59115-6", "Velocity of Flow Propagation", (12222,)
)
"""Velocity of Flow Propagation (LN 59115-6)."""

VelocityRatio: _Final[_Code] = _Code("LN", "33867-3", "Velocity ratio", (12121,))
"""Velocity ratio (LN 33867-3)."""

VelocityTimeIntegral: _Final[_Code] = _Code(
    "LN", "20354-7", "Velocity Time Integral", (12120, 12222, 12304)
)
"""Velocity Time Integral (LN 20354-7)."""

VenousBloodBaseExcess: _Final[_Code] = _Code("LN", "1927-3", "Venous Blood Base Excess", (3527,))
"""Venous Blood Base Excess (LN 1927-3)."""

VenousBloodCarbonDioxideContent: _Final[_Code] = _Code(
    "LN", "2027-1", "Venous Blood Carbon dioxide content", (3525,)
)
"""Venous Blood Carbon dioxide content (LN 2027-1)."""

VenousBloodCarbonDioxidePartialPressure: _Final[_Code] = _Code(
    "LN", "2021-4", "Venous Blood Carbon dioxide partial pressure", (3524,)
)
"""Venous Blood Carbon dioxide partial pressure (LN 2021-4)."""

VenousBloodPh: _Final[_Code] = _Code("LN", "2746-6", "Venous Blood pH", (3528,))
"""Venous Blood pH (LN 2746-6)."""

VenousOxygenContent: _Final[_Code] = _Code("LN", "19220-3", "Venous Oxygen content", (3525, 3529))
"""Venous Oxygen content (LN 19220-3)."""

VenousOxygenPartialPressure: _Final[_Code] = _Code(
    "LN", "2705-2", "Venous Oxygen partial pressure", (3524,)
)
"""Venous Oxygen partial pressure (LN 2705-2)."""

VenousOxygenPartialPressureAt50PercentSaturation: _Final[_Code] = _Code(
    "LN", "19216-1", "Venous Oxygen partial pressure at 50% saturation", (3524,)
)
"""Venous Oxygen partial pressure at 50% saturation (LN 19216-1)."""

VenousOxygenSaturation: _Final[_Code] = _Code("LN", "2711-0", "Venous Oxygen saturation", (3526,))
"""Venous Oxygen saturation (LN 2711-0)."""

VolumeFlow: _Final[_Code] = _Code("LN", "33878-0", "Volume flow", (12122, 12222, 12304))
"""Volume flow (LN 33878-0)."""

WholeBodyCT: _Final[_Code] = _Code("LN", "46305-9", "Whole body CT", (646, 6050))
"""Whole body CT (LN 46305-9)."""

WidthOfHemisphere: _Final[_Code] = _Code("LN", "12170-7", "Width of Hemisphere", (12007,))
"""Width of Hemisphere (LN 12170-7)."""

XRUnspecifiedBodyRegion: _Final[_Code] = _Code(
    "LN", "43468-8", "XR unspecified body region", (100, 7000)
)
"""XR unspecified body region (LN 43468-8)."""

YolkSacLength: _Final[_Code] = _Code("LN", "11816-6", "Yolk Sac length", (12009,))
"""Yolk Sac length (LN 11816-6)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ACASUM2000,
    ACByGAASUM2000,
    ACByGAHadlock1984,
    ACByGAMerz1988,
    ACByGAShinozuka1996,
    ACCampbell1975,
    ACDerivedByGAChitty1994,
    ACHadlock1984,
    ACHansmann1985,
    ACInterval,
    ACJeanty1982,
    ACJeanty1984,
    ACLessoway1998,
    ACMeasuredByGAChitty1994,
    ACMertz1988,
    ACShinozuka1996,
    APADTAD,
    APAbdominalDiameterLessoway1998,
    AWaveAmplitude,
    AWaveDuration,
    AWavePeakVelocity,
    AbdominalCircumference,
    AccelerationIndex,
    AccelerationTime,
    Addendum,
    AliasVelocity,
    AmnioticFluidIndex,
    AnteriorHornLateralVentricularWidth,
    AnteriorPosteriorAbdominalDiameter,
    AnteriorPosteriorTrunkDiameter,
    AorticAnnulusDiameter,
    AorticArchDiameter,
    AorticIsthmusDiameter,
    AorticRegurgitantFlow,
    AorticRegurgitantFraction,
    AorticRegurgitantJetAreaLVOTAreaPercent,
    AorticRegurgitantJetWidthLVOTWidthPercent,
    AorticRegurgitationPISARadius,
    AorticRegurgitationPISAVelocity,
    AorticRegurgitationPressureHalfTime,
    AorticRegurgitationVTI,
    AorticRegurgitationVenaContractaWidth,
    AorticRegurgitationVmax,
    AorticRegurgitationVolumeContinuityVTI,
    AorticRegurgitationVolumePISA,
    AorticRootDiameterBSA,
    AorticRootDiameter_18015_8,
    AorticRootDiameter_79953_6,
    AorticRootOxygenContent,
    AorticSinotubularJunctionDimension,
    AorticSinotubularJunctionToAorticRootRatio,
    AorticValveAreaContinuityVTI,
    AorticValveAreaContinuityVTIBSA,
    AorticValveAreaContinuityVmax,
    AorticValveAreaContinuityVmaxBSA,
    AorticValveCuspSeparation,
    AorticValveEffectiveRegurgitantOrificeArea,
    AorticValveEjectionTime,
    AorticValveMeanBloodVelocity,
    AorticValveMeanGradient,
    AorticValvePeakInstantaneousGradient,
    AorticValveVTI,
    AorticValveVmax,
    ArterialBloodBaseExcess,
    ArterialBloodCarbonDioxideContent,
    ArterialBloodCarbonDioxidePartialPressure,
    ArterialBloodPh,
    ArterialOxygenContent,
    ArterialOxygenPartialPressure,
    ArterialOxygenPartialPressureAt50PercentSaturation,
    ArterialOxygenSaturation,
    AscendingAortaDimension,
    AscendingAorticDiameter,
    AverageUltrasoundAge,
    AxtByGAShinozuka1996,
    AxtShinozuka1996,
    BCSlope,
    BDJeanty1982,
    BPDASUM1989,
    BPDAreaCorrected,
    BPDByGAASUM2000,
    BPDByGAHadlock1984,
    BPDByGAJeanty1982,
    BPDByGAMerz1988,
    BPDByGARempen1991,
    BPDByGAShinozuka1996,
    BPDDoubilet1993,
    BPDHadlock1984,
    BPDHansmann1985,
    BPDHansmann1986,
    BPDJeanty1982,
    BPDJeanty1984,
    BPDKurtz1980,
    BPDLessoway1998,
    BPDMertz1988,
    BPDOiChitty1997,
    BPDOoChitty1997,
    BPDOsaka1989,
    BPDOuterInnerByGAChitty1994,
    BPDOuterOuterByGAChitty1994,
    BPDRempen1991,
    BPDSabbagha1978,
    BPDShinozuka1996,
    BPDTokyo1986,
    BSA,
    BiparietalDiameter,
    BloodBaseExcess,
    BloodCarbonDioxideContent,
    BloodCarbonDioxidePartialPressure,
    BloodOxygenPartialPressure,
    BloodOxygenSaturation,
    BloodPh,
    BpdaHadlock1982,
    BrainMRI,
    BrainPET,
    BreastBilateralMammogram,
    BreastBilateralMr,
    BreastBilateralMrWContrastIv,
    BreastBilateralMrWoAndWContrastIv,
    BreastFfdMammogram,
    BreastLeftMammogram,
    BreastLeftMr,
    BreastLeftMrWContrastIv,
    BreastLeftMrWoAndWContrastIv,
    BreastMrWContrastIv,
    BreastMrWoAndWContrastIv,
    BreastRightMammogram,
    BreastRightMr,
    BreastRightMrWContrastIv,
    BreastRightMrWoAndWContrastIv,
    BreastUnilateralMammogram,
    BreastUnilateralMr,
    BreastUnilateralMrWContrastIv,
    BreastUnilateralMrWoAndWContrastIv,
    BreastUnilateralMrWoContrast,
    CEDistance,
    CKDEPIFormulaEstimationOfGFR,
    CRLASUM1991,
    CRLASUM2000,
    CRLByGAASUM2000,
    CRLByGARempen1991,
    CRLByGAShinozuka1996,
    CRLDaya1993,
    CRLHadlock1992,
    CRLHansmann1985,
    CRLHansmann1986,
    CRLJeanty1982,
    CRLJeanty1984,
    CRLNelson1981,
    CRLOsaka1989,
    CRLRempen1991,
    CRLRobinson1975,
    CRLShinozuka1996,
    CRLTokyo1986,
    CT3DCAMModel,
    CTAbdomenReport,
    CTChestReport,
    CTPerfusionHeadWithContrastIV,
    CTUnspecifiedBodyRegion,
    CapillaryBloodOxygenSaturation,
    CapillaryBloodOxygenSaturationByOximetry,
    CardiacCatheterizationReport,
    CardiacCircumferenceTransverseByUS,
    CardiacCrossSectionalAreaTransverseByUS,
    CardiacElectrophysiologyReport,
    CardiacRhythm,
    CardiothoracicAreaRatio,
    CardiothoracicCircumferenceRatio,
    CephalicIndex,
    CephalicIndexByGAChitty1994,
    CephalicIndexByGAHadlock1981,
    CervixLength,
    CisternaMagnaLength,
    ClavicleLength,
    ClavicleLengthYarkoni1985,
    ClinicalInformation,
    ClosureToOpeningTime,
    CockroftGaultFormulaEstimationOfGFR,
    CommunicationOfCriticalResults,
    Complications,
    CompositeUltrasoundAge,
    ConceptionDate,
    Conclusions,
    CrownRumpLength,
    CurrentProcedureDescriptions,
    DEExcursion,
    DESlope,
    DEXASkeletalSystemStudyReport,
    DecelerationSlope,
    DecelerationTime,
    DescendingAorticDiameter,
    DiagnosticImagingReport,
    DiagnosticInterventionalRadiologyReport,
    DpDtByUS,
    ECGReport,
    EDD,
    EDDFromAverageUltrasoundAge,
    EDDFromLMP,
    EDDFromOvulationDate,
    EFSlope,
    EFW1ByShinozuka1996,
    EFW2ByShinozuka1996,
    EFW3ByShinozuka1996,
    EFWByACAndBPDShepard1982,
    EFWByACBPDFLHCHadlock1985,
    EFWByACBPDFLHadlock1984,
    EFWByACBPDFLHadlock1985,
    EFWByACBPDHadlock1984,
    EFWByACCampbell1975,
    EFWByACFLHCHadlock1985,
    EFWByACFLHadlock1984,
    EFWByACFLHadlock1985,
    EFWByACHCHadlock1984,
    EFWByBPDAPADTADFLTokyo1987,
    EFWByBPDFTAFLOsaka1990,
    EFWByBPDTTDHansmann1986,
    EFWByGAHadlock1991,
    EFWByGAHansmann1986,
    EFWDiscordance,
    EFWPercentileRank,
    EFWRatio,
    EVelocityToAnnulusEVelocityRatio,
    EWavePeakVelocity,
    EchocardiographyReport,
    EjectionTime,
    EndDiastolicVelocity,
    EndocardialArea,
    EndometriumThickness,
    EnvelopeDuration,
    EpicardialArea,
    EstimatedLMPByEDD,
    EstimatedWeight,
    ExerciseStressTestReport,
    FLAC,
    FLBPD,
    FLByGAASUM2000,
    FLByGAChitty1994,
    FLByGAHadlock1984,
    FLByGAJeanty1982,
    FLByGAMerz1988,
    FLByGAShinozuka1996,
    FLChitty1997,
    FLHC,
    FLHadlock1984,
    FLHansmann1985,
    FLHansmann1986,
    FLHohler1982,
    FLJeanty1982,
    FLJeanty1984,
    FLLessoway1998,
    FLMerz1987,
    FLMerz1988,
    FLOsaka1989,
    FLShinozuka1996,
    FLTokyo1986,
    FWPByGAAlexander1996,
    FWPByGABrenner1976,
    FWPByGAHadlock1985,
    FWPByGAWilliams1982,
    FemaleSingletonBWPByGAArbuckle1993,
    FemaleTwinsBWPByGAArbuckle1993,
    FemurLength,
    FetalHeartRate,
    FetalTrunkCrossSectionalAreaOsaka1989,
    FibulaByGAJeanty1983,
    FibulaJeanty1983,
    FibulaLength,
    FibulaMerz1987,
    FillingTime,
    Findings,
    FirstQuadrantDiameter,
    FitzpatrickSkinTypeI,
    FitzpatrickSkinTypeII,
    FitzpatrickSkinTypeIII,
    FitzpatrickSkinTypeIV,
    FitzpatrickSkinTypeV,
    FitzpatrickSkinTypeVI,
    FlowArea,
    FlowRadius,
    FluoroscopyStudyReport,
    FootLength,
    FootLengthMercer1987,
    ForamenOvaleDiameterAorticRootDiameter,
    FourthQuadrantDiameter,
    FractionalShortening,
    GSByGARempen1991,
    GSDaya1991,
    GSHansmann1979,
    GSHansmann1982,
    GSHellman1969,
    GSNyberg1992,
    GSRempen1991,
    GSTokyo1986,
    GestationalAge,
    GestationalAgeByLMP,
    GestationalAgeByOvulationDate,
    GestationalSacDiameter,
    GlomerularFiltrationRateBlackMDRD,
    GlomerularFiltrationRateCreatinineBasedFormulaSchwartz,
    GlomerularFiltrationRateCystatinBasedFormula,
    GlomerularFiltrationRateFemaleMDRD,
    GlomerularFiltrationRateMDRD,
    GlomerularFiltrationRateNonBlackMDRD,
    HCAC,
    HCACByGACampbell1977,
    HCASUM2000,
    HCByGAASUM2000,
    HCByGAHadlock1984,
    HCByGAJeanty1982,
    HCByGAMerz1988,
    HCDerivedByGAChitty1994,
    HCDerivedChitty1997,
    HCHadlock1984,
    HCHansmann1985,
    HCHansmann1986,
    HCJeanty1982,
    HCJeanty1984,
    HCLessoway1998,
    HCMeasuredChitty1997,
    HCMerz1988,
    HRCorrectedMeanVelocityOfCircumferentialFiberShortening,
    HeadCT,
    HeadCircumference,
    HeartRate,
    HeartRateCorrectedEjectionTime,
    HeartRateCorrectedPreEjectionPeriod,
    Hematocrit,
    HepaticVeinAtrialContractionReversalPeakVelocity,
    HepaticVeinDiastolicPeakVelocity,
    HepaticVeinSystolicPeakVelocity,
    HepaticVeinSystolicToDiastolicRatio,
    History,
    HolterStudyReport,
    HumerusJeanty1984,
    HumerusLength,
    HumerusLengthASUM2000,
    HumerusLengthByGAASUM2000,
    HumerusLengthOsaka1989,
    HumerusMerz1987,
    ICACCAVelocityRatio,
    IODMayden1982,
    IODTrout1994,
    Impressions,
    IndicationsForProcedure,
    InferiorVenaCavaDiameter_18006_7,
    InferiorVenaCavaDiameter_79967_6,
    InferiorVenaCavaPercentCollapse,
    InnerOrbitalDiameter,
    InterventricularSeptumDiastolicDimension2D,
    InterventricularSeptumDiastolicDimensionMM,
    InterventricularSeptumDiastolicThickness,
    InterventricularSeptumPercentThickening,
    InterventricularSeptumSystolicDimension2D,
    InterventricularSeptumSystolicDimensionMM,
    InterventricularSeptumSystolicThickness,
    InterventricularSeptumTimeToPeakDisplacement,
    InterventricularSeptumToPosteriorWallThicknessRatio,
    IntravascularDiastolicBloodPressure,
    IntravascularSystolicBloodPressure,
    IsovolumicContractionTime,
    IsovolumicRelaxationTime,
    JetArea,
    KeyImages,
    LMP,
    LVBasalAnteriorTimeToSVmaxTsBasalAnterior,
    LVBasalAnteroseptalTimeToSVmaxTSBasalAnteroseptal,
    LVBasalInferiorTimeToSVmaxTsBasalInferior,
    LVBasalLateralTimeToSVmaxTsBasalLateral,
    LVBasalPosteriorTimeToSVmaxTsBasalPosterior,
    LVBasalSeptalTimeToSVmaxTsBasalSeptal,
    LVMidAnteriorTimeToSVmaxTsMidAnterior,
    LVMidAnteroseptalTimeToSVmaxTsMidAnteroseptal,
    LVMidInferiorTimeToSVmaxTsMidInferior,
    LVMidLateralTimeToSVmaxTsMidLateral,
    LVMidPosteriorTimeToSVmaxTsMidPosterior,
    LVMidSeptalTimeToSVmaxTsMidSeptal,
    LVTsSDDyssynchronyIndex,
    LateralVentricleWidth,
    LeafletSeparation,
    LeafletThickness,
    LeftAtrialAppendagePeakVelocity,
    LeftAtrialEndSystolicArea2C,
    LeftAtrialEndSystolicArea4C,
    LeftAtrialEndSystolicDiameterAP2D,
    LeftAtrialEndSystolicDiameterAP2DBSA,
    LeftAtrialEndSystolicDiameterAPMM,
    LeftAtrialEndSystolicDiameterAPMMBSA,
    LeftAtrialEndSystolicLength2C,
    LeftAtrialEndSystolicLength4C,
    LeftAtrialEndSystolicVolumeBiplaneAreaLength,
    LeftAtrialEndSystolicVolumeBiplaneAreaLengthBSA,
    LeftAtrialEndSystolicVolumeBiplaneMOD,
    LeftAtrialEndSystolicVolumeBiplaneMODBSA,
    LeftAtrialEndSystolicVolumeSinglePlane2CMOD,
    LeftAtrialEndSystolicVolumeSinglePlane4CMOD,
    LeftAtriumAnteroPosteriorSystolicDimension,
    LeftAtriumAreaA4CView,
    LeftAtriumToAorticRootRatio,
    LeftAtriumVolumeToRightAtriumVolumeRatio,
    LeftFetalEarLength,
    LeftKidneyLength,
    LeftKidneyThickness,
    LeftKidneyWidth,
    LeftPulmonaryArteryDiameter_18019_0,
    LeftPulmonaryArteryDiameter_79987_4,
    LeftVenticularPosteriorWallTimeToPeakDisplacement,
    LeftVentricleDiastolicMajorAxis,
    LeftVentricleEToATissueVelocityRatio,
    LeftVentricleInternalEndDiastolicDimension,
    LeftVentricleInternalSystolicDimension,
    LeftVentricleMass,
    LeftVentricleMeridionalWallStress,
    LeftVentriclePosteriorWallDiastolicThickness,
    LeftVentriclePosteriorWallPercentThickening,
    LeftVentriclePosteriorWallSystolicThickness,
    LeftVentricleRightVentricleDiameterRatio,
    LeftVentricleSystolicMajorAxis,
    LeftVentricularEDVolume,
    LeftVentricularESVolume,
    LeftVentricularEjectionFraction3D,
    LeftVentricularEjectionFractionBiplaneMOD,
    LeftVentricularEjectionFractionByAngiography,
    LeftVentricularEjectionFractionByCT,
    LeftVentricularEjectionFractionByMR,
    LeftVentricularEjectionFractionByUS,
    LeftVentricularEjectionFractionSinglePlane2CMOD,
    LeftVentricularEjectionFractionSinglePlane4CMOD,
    LeftVentricularEjectionFractionTeichholz2D,
    LeftVentricularEjectionFractionTeichholzMM,
    LeftVentricularEndDiastolicLength4C,
    LeftVentricularEndDiastolicVolume,
    LeftVentricularEndDiastolicVolume3D,
    LeftVentricularEndDiastolicVolumeBiplaneMOD,
    LeftVentricularEndDiastolicVolumeBiplaneMODBSA,
    LeftVentricularEndDiastolicVolumeSinglePlane2CMOD,
    LeftVentricularEndDiastolicVolumeSinglePlane4CMOD,
    LeftVentricularEndSystolicVolume,
    LeftVentricularEndSystolicVolume3D,
    LeftVentricularEndSystolicVolumeBiplaneMOD,
    LeftVentricularEndSystolicVolumeBiplaneMODBSA,
    LeftVentricularEndSystolicVolumeSinglePlane2CMOD,
    LeftVentricularEndSystolicVolumeSinglePlane4CMOD,
    LeftVentricularEndocardialAreaSAXPMLevel,
    LeftVentricularEpicardialAreaSAXPMLevel,
    LeftVentricularFractionalShortening,
    LeftVentricularFractionalShorteningOfMinorAxis2D,
    LeftVentricularFractionalShorteningOfMinorAxisMM,
    LeftVentricularInternalDiastolicDimension2D,
    LeftVentricularInternalDiastolicDimensionBSA_80009_4,
    LeftVentricularInternalDiastolicDimensionBSA_80010_2,
    LeftVentricularInternalDiastolicDimensionMM,
    LeftVentricularInternalSystolicDimension2D,
    LeftVentricularInternalSystolicDimensionBSA_80013_6,
    LeftVentricularInternalSystolicDimensionBSA_80014_4,
    LeftVentricularInternalSystolicDimensionMM,
    LeftVentricularIsovolumicRelaxationTime,
    LeftVentricularIsovolumicRelaxationTimeByTDI,
    LeftVentricularMass,
    LeftVentricularMassAreaLength,
    LeftVentricularMassAreaLengthBSA,
    LeftVentricularMassAreaLengthHeight2Point7,
    LeftVentricularMassDimensionMethod2D,
    LeftVentricularMassDimensionMethod2DBSA,
    LeftVentricularMassDimensionMethod2DHeight2Point7,
    LeftVentricularMassDimensionMethodMM,
    LeftVentricularMassDimensionMethodMMBSA,
    LeftVentricularMassDimensionMethodMMHeight2Point7,
    LeftVentricularMassTruncatedEllipseBSA,
    LeftVentricularMassTruncatedEllipseHeight2Point7,
    LeftVentricularOutflowTractDimension2D,
    LeftVentricularOutflowTractVTI,
    LeftVentricularOutflowTractVmax,
    LeftVentricularPosteriorWallDiastolicThickness_80031_8,
    LeftVentricularPosteriorWallDiastolicThickness_80032_6,
    LeftVentricularPosteriorWallSystolicThickness_80033_4,
    LeftVentricularPosteriorWallSystolicThickness_80034_2,
    LeftVentricularPreEjectionPeriod,
    LeftVentricularStrokeVolume3D,
    LengthOfVertebraTokyo1986,
    MR3DCAMModel,
    MRISpineReport,
    MRIUnspecifiedBodyRegion,
    MRIWholeBody,
    MainPulmonaryArteryDiameter_18020_8,
    MainPulmonaryArteryDiameter_80049_0,
    MaleSingletonBWPByGAArbuckle1993,
    MaleTwinsBWPByGAArbuckle1993,
    MammographyScreeningReport,
    MeanGradient,
    MeanVelocityOfCircumferentialFiberShorteningMeanVcfv,
    MedicationsAdministered,
    MinimumDiastolicVelocity,
    MitralAnnulusDiastolicDiameterA2C,
    MitralAnnulusDiastolicDiameterA4C,
    MitralAnnulusDiastolicDiameterPLAX,
    MitralAnnulusVTI,
    MitralLateralEPrimeVmax,
    MitralRegurgitantFlowPISA,
    MitralRegurgitantFractionContinuityVTI,
    MitralRegurgitantFractionPISA,
    MitralRegurgitationDpDtDerivedFromMitralRegVelocity,
    MitralRegurgitationPISARadius,
    MitralRegurgitationPISAVelocity,
    MitralRegurgitationPeakGradient,
    MitralRegurgitationVenaContractaWidth,
    MitralRegurgitationVmax,
    MitralRegurgitationVolumeContinuityVTI,
    MitralRegurgitationVolumePISA,
    MitralSeptalEPrimeVmax,
    MitralValveAWaveDuration,
    MitralValveAWavePeakVelocity,
    MitralValveAWaveVmax,
    MitralValveAreaPISA,
    MitralValveAreaPlanimetry,
    MitralValveAreaPressureHalfTime,
    MitralValveDecelerationTime,
    MitralValveDiastolicPeakInstantaneousGradient,
    MitralValveEFSlopeByMMode,
    MitralValveEPSSEWave,
    MitralValveESeptalSeparation,
    MitralValveEToARatio,
    MitralValveEWavePeakVelocity,
    MitralValveEWaveVmax,
    MitralValveEffectiveRegurgitantOrificeAreaPISA,
    MitralValveFlowPropagationVelocityVp,
    MitralValveMeanGradient,
    MitralValvePeakInstantaneousGradient,
    MitralValvePressureHalfTime,
    MitralValveVTI,
    MitralValveVmax,
    MyocardialPerformanceIndexTei,
    NMUnspecifiedBodyRegion,
    NuchalFoldThickness,
    NuchalTranslucency,
    NuclearMedicineThyroidScanReport,
    NumberOfFetusesByUS,
    OFDASUM2000,
    OFDByGAASUM2000,
    OFDByGAChitty1994,
    OFDHansmann1985,
    OFDHansmann1986,
    OFDLessoway1998,
    OODMayden1982,
    OODTrout1994,
    OccipitalFrontalDiameter,
    OuterOrbitalDiameter,
    OvulationDate,
    OxygenPartialPressureAt50PercentSaturationP50,
    PETUnspecifiedBodyRegion,
    PETWholeBody,
    PatientPresentation,
    PeakBloodVelocity,
    PeakEWavePeakAWaveByUS,
    PeakGradient,
    PeakInstantaneousFlowRate,
    PeakReversalVelocityDuringAtrialContraction,
    PeakSystolicVelocity,
    PeakTissueVelocity,
    PercentThickening,
    PosteriorHornLateralVentricularWidth,
    PreEjectionPeriod,
    PreEjectionPeriodEjectionTimeRatio,
    PressureHalfTime,
    PreviousFindings,
    PriorProcedureDescriptions,
    ProstateCancerAntigen,
    ProstateSpecificAntigenDensity,
    PulmVeinADurationToMVADurationDifference,
    PulmonaryArteryMainOxygenContent,
    PulmonaryArteryPressureUsingAccelTime,
    PulmonaryToSystemicShuntFlowRatio,
    PulmonaryVeinADurationMitralValveADurationRatio,
    PulmonaryVeinAVTIToMitralValveVTIRatio,
    PulmonaryVeinAWaveDuration,
    PulmonaryVeinAWaveVmax,
    PulmonaryVeinAtrialContractionReversalPeakVelocity,
    PulmonaryVeinDWaveVmax,
    PulmonaryVeinDiastolicPeakVelocity,
    PulmonaryVeinSWaveVmax,
    PulmonaryVeinSystolicPeakVelocity,
    PulmonaryVeinSystolicToDiastolicRatio,
    PulmonaryWedgeOxygenContent,
    PulmonicAnnulusDiameter,
    PulmonicRegurgitationEndDiastolicPeakGradient,
    PulmonicRegurgitationEndDiastolicVelocity,
    PulmonicRegurgitationVmax,
    PulmonicValveAccelerationTime,
    PulmonicValveAreaByContinuity,
    PulmonicValveEjectionTime,
    PulmonicValvePeakGradient,
    PulmonicValveVTI,
    PulmonicValveVmax,
    PulsatilityIndex,
    ROIInternalDimensionByUS,
    ROIThicknessByUS,
    RadiationExposureAndProtectionInformation,
    RadiologyReport,
    RadionuclideBrainScan,
    RadionuclideScanOfWholeBody,
    RadiusByGAJeanty1983,
    RadiusJeanty1983,
    RadiusLength,
    RadiusMerz1987,
    Recommendations,
    RelevantDiagnosticTestsAndOrLaboratoryData,
    RenalArteryAortaVelocityRatio,
    Request,
    ResistivityIndex,
    RespirationRhythm,
    RightAtrialEndSystolicArea4C,
    RightAtrialMajorAxisDimension4C,
    RightAtrialMinorAxisDimension4C,
    RightAtrialMinorAxisDimension4CBSA,
    RightAtriumAreaA4CView,
    RightAtriumSystolicPressure,
    RightFetalEarLength,
    RightKidneyLength,
    RightKidneyThickness,
    RightKidneyWidth,
    RightPulmonaryArteryDiameter_18021_6,
    RightPulmonaryArteryDiameter_80079_7,
    RightVentricularAnteriorWallDiastolicThickness,
    RightVentricularAnteriorWallSystolicThickness,
    RightVentricularBasalDimension4C,
    RightVentricularEDVolume,
    RightVentricularESVolume,
    RightVentricularEjectionFractionByAngiography,
    RightVentricularEjectionFractionByCT,
    RightVentricularEjectionFractionByMR,
    RightVentricularEjectionTime,
    RightVentricularEndDiastolicArea4C,
    RightVentricularEndSystolicArea4C,
    RightVentricularFractionalAreaChange,
    RightVentricularFreeWallThickness2D,
    RightVentricularFreeWallThicknessMM,
    RightVentricularInternalDiastolicDimension,
    RightVentricularInternalSystolicDimension,
    RightVentricularMidCavityDimension4C,
    RightVentricularMyocardialPerformanceIndex,
    RightVentricularOutflowTractDiameterAtPulmonicValveRVOTDistal,
    RightVentricularOutflowTractDiameterAtSubvalvularLevelRVOTProximal,
    RightVentricularOutflowTractVTI,
    RightVentricularPreEjectionPeriod,
    SPECTBrain,
    SecondQuadrantDiameter,
    SpineLength,
    SpineLengthTokyo1989,
    StenosisPeakGradient,
    StenosisPeakVelocity,
    Summary,
    SystolicToDiastolicVelocityRatio,
    TADEriksen1985,
    TADHansmann1979,
    TADTokyo1986,
    TCDByGAGoldstein1987,
    TCDChitty1994,
    TCDGoldstein1987,
    TCDHill1990,
    TCDNimrod1986,
    ThcChitkara1987,
    ThirdQuadrantDiameter,
    ThoracicAortaCoarctationSystolicPeakInstantaneousGradient,
    ThoracicAortaCoarctationSystolicPeakVelocity,
    ThoracicArea,
    ThoracicCircumference,
    TibiaJeanty1984,
    TibiaLength,
    TibialBrachialIndex,
    TimeAveragedMeanVelocity,
    TimeAveragedPeakVelocity,
    TimeFromQWaveToPulmonicValveCloses,
    TimeFromQWaveToTricuspidValveOpens,
    TimeToLeftVentricleETissueVelocity,
    TimeToLeftVentricleSTissueVelocity,
    TimeToPeakByUS,
    TissueVelocityTimeIntegralVTIForTheAreaUnderLeftVentricleAWave,
    TissueVelocityTimeIntegralVTIForTheAreaUnderLeftVentricleEWave,
    TransverseAbdominalDiameter,
    TransverseCerebellarDiameter,
    TransverseThoracicDiameter,
    TransverseThoracicDiameterHansmann1985,
    TransverseThoracicDiameterLessoway1998,
    TricuspidAnnularPlaneSystolicExcursionTAPSE,
    TricuspidAnnulusDiameter,
    TricuspidRegurgitationDpDt,
    TricuspidRegurgitationPISARadius,
    TricuspidRegurgitationPeakGradient,
    TricuspidRegurgitationVenaContractaWidth,
    TricuspidRegurgitationVmax,
    TricuspidValveAPrimeVmax,
    TricuspidValveAWavePeakVelocity,
    TricuspidValveAWaveVmax,
    TricuspidValveClosureToOpeningTime,
    TricuspidValveDecelerationTime,
    TricuspidValveDiastolicVTI,
    TricuspidValveEPrimeVmax,
    TricuspidValveEToARatio,
    TricuspidValveEWavePeakVelocity,
    TricuspidValveEWaveVmax,
    TricuspidValveMeanGradient,
    TricuspidValvePeakGradient,
    TricuspidValvePressureHalfTime,
    TricuspidValveSPrimeVmax,
    TricuspidValveVmax,
    USArteryReport,
    USBreastReport,
    USCarotidArteriesReport,
    USDopplerAbdominalVesselsReport,
    USDopplerExtremityVesselsReport,
    USDopplerHeadVesselsReport,
    USDopplerLowerExtremityVesselsReport,
    USDopplerUpperExtremityVesselsReport,
    USDopplerVesselsReport,
    USKidneyReport,
    USLiverReport,
    USPancreasReport,
    USPelvis,
    USProstateTransrectalReport,
    USScrotumAndTesticleReport,
    USShoulderReport,
    USSpleenReport,
    USTendonReport,
    USThyroidReport,
    USVeinReport,
    UlnaJeanty1984,
    UlnaLength,
    UlnaMerz1987,
    UltrasoundObstetricAndGynReport,
    UltrasoundReport,
    VelocityOfFlowPropagation,
    VelocityRatio,
    VelocityTimeIntegral,
    VenousBloodBaseExcess,
    VenousBloodCarbonDioxideContent,
    VenousBloodCarbonDioxidePartialPressure,
    VenousBloodPh,
    VenousOxygenContent,
    VenousOxygenPartialPressure,
    VenousOxygenPartialPressureAt50PercentSaturation,
    VenousOxygenSaturation,
    VolumeFlow,
    WholeBodyCT,
    WidthOfHemisphere,
    XRUnspecifiedBodyRegion,
    YolkSacLength,
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
