from datetime import date

from dicomodel.modules import PatientModule

PatientModule(  # E: Unexpected keyword argument "PatientNmae" for "PatientModule"
    PatientNmae=None,  # P: No parameter named "PatientNmae"
    PatientName=None,
    PatientID="1",
    PatientBirthDate=date(1970, 1, 1),
    PatientSex=None,
)
