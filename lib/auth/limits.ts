/** Password length bounds; shared by the server configuration and the forms (client and server). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
