-- Two-step secrets are now sealed (AES-256-GCM, "v1:" + Base64 of nonce, ciphertext and tag: 83 characters for
-- a 32-character secret). Secrets stored in clear before this stay readable and are sealed at the next sign-in.
ALTER TABLE identity_accounts ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(200);
