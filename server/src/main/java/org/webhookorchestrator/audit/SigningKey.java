package org.webhookorchestrator.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webhookorchestrator.artifact.ArtifactId;

/**
 * The Ed25519 key that signs checkpoints. The private key lives in {@code audit-signing.key} (PEM, PKCS#8 and the
 * public key beside it; owner-only permissions where the file system is POSIX); {@code audit-signing.pub} holds the
 * public key alone (PEM, X.509) for third parties, who should obtain it out of band rather than trust the copy next to
 * the log.
 */
public final class SigningKey {

    public static final String KEY_FILE = "audit-signing.key";
    public static final String PUBLIC_KEY_FILE = "audit-signing.pub";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    static SigningKey loadOrCreate(Path auditDir) {
        Path keyFile = auditDir.resolve(KEY_FILE);
        try {
            SigningKey key = Files.exists(keyFile) ? load(keyFile) : create(keyFile);
            Path pub = auditDir.resolve(PUBLIC_KEY_FILE);
            if (!Files.exists(pub)) {
                Files.writeString(pub, pem("PUBLIC KEY", key.publicKey.getEncoded()));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit signing key " + keyFile, e);
        }
    }

    private static SigningKey create(Path keyFile) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of Java 17 runtimes", e);
        }
        String text = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        Path temp = keyFile.resolveSibling(KEY_FILE + ".new");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        Files.writeString(temp, text, StandardCharsets.US_ASCII);
        Files.move(temp, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new SigningKey(pair.getPrivate(), pair.getPublic());
    }

    private static SigningKey load(Path keyFile) throws IOException {
        String text = Files.readString(keyFile, StandardCharsets.US_ASCII);
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(block(text, "PRIVATE KEY", keyFile)));
            PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(block(text, "PUBLIC KEY", keyFile)));
            return new SigningKey(priv, pub);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("audit signing key " + keyFile + " is not an Ed25519 key pair", e);
        }
    }

    /** Reads a public key file such as {@code audit-signing.pub}. */
    public static PublicKey readPublicKey(Path file) {
        try {
            byte[] der = block(Files.readString(file, StandardCharsets.US_ASCII), "PUBLIC KEY", file);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read public key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " is not an Ed25519 public key", e);
        }
    }

    /** First 16 hex digits of SHA-256 over the X.509 encoding of the public key. */
    public static String keyId(PublicKey key) {
        return ArtifactId.sha256Hex(key.getEncoded()).substring(0, 16);
    }

    public static boolean verifies(PublicKey key, Checkpoint checkpoint) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(checkpoint.signedBytes());
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    PublicKey publicKey() {
        return publicKey;
    }

    String keyId() {
        return keyId(publicKey);
    }

    Checkpoint sign(long size, String rootHash, java.time.Instant time, String previousCheckpointHash) {
        Checkpoint unsigned = new Checkpoint(size, rootHash, time, previousCheckpointHash, keyId(), "");
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(unsigned.signedBytes());
            String signature = Base64.getEncoder().encodeToString(signer.sign());
            return new Checkpoint(size, rootHash, time, previousCheckpointHash, keyId(), signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audit checkpoint with Ed25519", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] block(String text, String type, Path file) {
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(type)) {
                return Base64.getMimeDecoder().decode(m.group(2));
            }
        }
        throw new IllegalStateException(file + " holds no PEM block '" + type + "'");
    }
}
