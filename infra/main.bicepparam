// Parameters for main.bicep. Nothing secret here: the secrets are read from environment variables when
// `az deployment group create` runs (README, "Deploying to Azure").
using 'main.bicep'

param namePrefix = 'nrwbot'
param appServiceSku = 'B1'
param botSku = 'F0'
param postgresAdminLogin = 'nrwbotadmin'
param postgresAdminPassword = readEnvironmentVariable('NRWBOT_POSTGRES_PASSWORD')
param userKeySalt = readEnvironmentVariable('NRWBOT_USER_KEY_SALT')
param textAnalyticsKey = readEnvironmentVariable('NRWBOT_TEXT_ANALYTICS_KEY', '')
param smtpPassword = readEnvironmentVariable('NRWBOT_SMTP_PASSWORD', '')
param lksTeamId = ''
