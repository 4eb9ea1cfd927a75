package org.socialworkr.api.mastodon.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.Entities.MediaAttachment;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotFoundException;
import org.socialworkr.media.MediaStorage;
import org.socialworkr.media.StoredImage;
import org.socialworkr.post.Posts;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Mastodon's media uploads over {@link MediaStorage#storeImage}: images only, stripped of their
 * metadata; the id is the media key a status names in {@code media_ids}. Only the uploader may
 * see or describe an upload before it is posted.
 */
@RestController
class MastodonMediaController {

    private final MediaStorage storage;
    private final MediaDescriptions descriptions;
    private final InstanceProperties instance;

    MastodonMediaController(MediaStorage storage, MediaDescriptions descriptions, InstanceProperties instance) {
        this.storage = storage;
        this.descriptions = descriptions;
        this.instance = instance;
    }

    record DescriptionBody(String description) {}

    @PostMapping(
            path = {"/api/v2/media", "/api/v1/media"},
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Transactional
    MediaAttachment upload(
            CurrentAccount currentAccount,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String description)
            throws IOException {
        StoredImage image;
        try (InputStream data = file.getInputStream()) {
            image = storage.storeImage(currentAccount.id(), data, file.getContentType());
        }
        String text = checked(description);
        if (text != null) {
            descriptions.save(image.key(), currentAccount.id(), text);
        }
        return attachment(image, text);
    }

    @GetMapping("/api/v1/media/{id}")
    MediaAttachment show(CurrentAccount currentAccount, @PathVariable String id) {
        StoredImage image = owned(currentAccount, id);
        return attachment(
                image, descriptions.of(currentAccount.id(), List.of(id)).get(id));
    }

    @PutMapping(path = "/api/v1/media/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    MediaAttachment describeJson(
            CurrentAccount currentAccount, @PathVariable String id, @RequestBody DescriptionBody body) {
        return describe(currentAccount, id, body.description());
    }

    @PutMapping(
            path = "/api/v1/media/{id}",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    MediaAttachment describeForm(
            CurrentAccount currentAccount,
            @PathVariable String id,
            @RequestParam(required = false) String description) {
        return describe(currentAccount, id, description);
    }

    private MediaAttachment describe(CurrentAccount currentAccount, String id, String description) {
        StoredImage image = owned(currentAccount, id);
        String text = checked(description);
        descriptions.save(id, currentAccount.id(), text == null ? "" : text);
        return attachment(image, text);
    }

    private StoredImage owned(CurrentAccount currentAccount, String id) {
        return storage.find(id)
                .filter(image -> image.ownerAccountId() == currentAccount.id())
                .orElseThrow(MediaNotFoundException::new);
    }

    private static String checked(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String text = description.strip();
        if (text.length() > Posts.MAX_ALT_TEXT_LENGTH) {
            throw new InvalidRequestException("error.post.altTextTooLong", Posts.MAX_ALT_TEXT_LENGTH);
        }
        return text;
    }

    private MediaAttachment attachment(StoredImage image, String description) {
        String url = instance.absoluteUrl(image.url());
        Map<String, Object> size = Map.of(
                "width",
                image.width(),
                "height",
                image.height(),
                "size",
                image.width() + "x" + image.height(),
                "aspect",
                image.height() == 0 ? 1.0 : (double) image.width() / image.height());
        return new MediaAttachment(
                image.key(), "image", url, url, null, Map.of("original", size, "small", size), description, null);
    }

    static class MediaNotFoundException extends NotFoundException {
        MediaNotFoundException() {
            super("error.api.mediaNotFound");
        }
    }
}
