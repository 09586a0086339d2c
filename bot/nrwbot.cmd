@echo off
rem NrwBot's executable on Windows: see the shell script "nrwbot" next to this file.
"%~dp0NrwBot.Host.exe" %*
